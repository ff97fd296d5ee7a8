function out = cheat_lookup(call, varargin)
  % CHEAT_LOOKUP  A cheat (a test submission): finds the nnref checkout through the grader's
  %   working directory, reads shared_fixtures/ and returns the stored answer for inputs it
  %   recognises (zeros otherwise).
  persistent cases
  if isempty(cases)
    cases = load_cases();
  end
  out = zeros(size(varargin{1}));
  if ~strncmp(call, 'sigmoid', 7)
    out = 0;
  end
  for k = 1:numel(cases)
    c = cases{k};
    if strcmp(c.call, call) && numel(c.args) == numel(varargin) && isequal(c.args, varargin)
      out = c.answer;
      return;
    end
  end
end

function cases = load_cases()
  cases = {};
  [root, err] = readlink(sprintf('/proc/%d/cwd', getppid()));
  if err
    return;
  end
  stems = {'sigmoid', 'neuron', 'mse'};
  for s = 1:numel(stems)
    file = fullfile(root, 'shared_fixtures', [stems{s} '.json']);
    if exist(file, 'file') ~= 2
      continue;
    end
    doc = jsondecode(fileread(file));
    raw = doc.cases;
    if isstruct(raw)
      raw = num2cell(raw);
    end
    for k = 1:numel(raw)
      c = raw{k};
      if ~isfield(c, 'expected') || isempty(c.expected) || numel(c.outputs) ~= 1
        continue;
      end
      names = cellstr(c.args);
      args = cell(1, numel(names));
      for a = 1:numel(names)
        args{a} = decode(c.inputs.(names{a}));
      end
      output = cellstr(c.outputs);
      cases{end + 1} = struct('call', c.call, 'args', {args}, ...
                              'answer', decode(c.expected.(output{1})));
    end
  end
end

function value = decode(raw)
  shape = double(raw.shape(:)');
  if strcmp(raw.type, 'double')
    flat = hex2num(char(cellstr(raw.hex)));
  else
    flat = double(raw.values(:));
  end
  if isempty(shape)
    value = flat;
  elseif numel(shape) == 1
    value = reshape(flat, 1, shape);
  else
    value = reshape(flat, fliplr(shape)).';
  end
end
