function nnref_grade_driver(request_file, code_dir)
  % NNREF_GRADE_DRIVER  Run a student's Octave functions on graded cases (nnref grade).
  %   nnref_grade_driver(request_file, code_dir) reads the request written by the grader
  %   (JSON: results file name and cases, each with index, call, nout and args; every
  %   argument as kind, shape and the IEEE-754 hex digits of its elements in row-major
  %   order), decodes every argument BEFORE the student's directory code_dir goes on the
  %   path (so student files cannot shadow the decoding), then calls each function with
  %   nargout = nout and appends one JSON line per case to the results file: the outputs
  %   (kind, shape, hex) or the error message. Working directory and path are restored
  %   after every case. Expected values never reach this process: the grader judges.
  %   Example: nnref_grade_driver('request.json', '/tmp/nnref-grade-x/code')
  request = jsondecode(fileread(request_file));
  cases = request.cases;
  if iscell(cases)
    cases = [cases{:}];
  end
  args = cell(1, numel(cases));
  for k = 1:numel(cases)
    raw = cases(k).args;
    if iscell(raw)
      raw = [raw{:}];
    end
    args{k} = cell(1, numel(raw));
    for a = 1:numel(raw)
      args{k}{a} = decode_value(raw(a));
    end
  end
  results_file = request.results;
  home = pwd;
  append_line(results_file, '{"ready":true}');
  warning('off', 'Octave:shadowed-function');
  addpath(code_dir);
  saved_path = path;
  for k = 1:numel(cases)
    line = run_case(cases(k), args{k});
    if ~strcmp(pwd, home)
      cd(home);
    end
    if ~strcmp(path, saved_path)
      path(saved_path);
    end
    append_line(results_file, line);
  end
end

function line = run_case(c, args)
  outputs = cell(1, c.nout);
  try
    f = str2func(c.call);
    [outputs{:}] = f(args{:});
    encoded = cell(1, c.nout);
    for j = 1:c.nout
      encoded{j} = encode_value(outputs{j});
    end
    line = sprintf('{"index":%d,"outputs":[%s]}', c.index, strjoin(encoded, ','));
  catch err
    where = '';
    if ~isempty(err.stack)
      where = sprintf(' (%s line %d)', err.stack(1).name, err.stack(1).line);
    end
    line = sprintf('{"index":%d,"error":%s}', c.index, jsonencode([err.message where]));
  end
end

function value = decode_value(raw)
  shape = double(raw.shape(:)');
  if isempty(raw.hex)
    flat = zeros(0, 1);
  else
    flat = hex2num(reshape(raw.hex, 16, []).');
  end
  if isempty(shape)
    value = flat;
  elseif numel(shape) == 1
    value = reshape(flat, 1, shape);
  else
    value = permute(reshape(flat, fliplr(shape)), numel(shape):-1:1);
  end
  if strcmp(raw.kind, 'logical')
    value = logical(value);
  end
end

function text = encode_value(value)
  if issparse(value)
    value = full(value);
  end
  if ~(isnumeric(value) || islogical(value)) || ~isreal(value)
    text = sprintf('{"kind":"other","class":%s,"shape":[%s]}', jsonencode(class(value)), ...
                   dims_text(size(value)));
    return;
  end
  if islogical(value)
    kind = 'logical';
  elseif isinteger(value)
    kind = 'int';
  elseif isa(value, 'single')
    kind = 'single';
  else
    kind = 'double';
  end
  shape = size(value);
  rows = permute(double(value), numel(shape):-1:1);
  hex = num2hex(rows(:));
  text = sprintf('{"kind":"%s","shape":[%s],"hex":"%s"}', kind, dims_text(shape), ...
                 reshape(hex.', 1, []));
end

function text = dims_text(shape)
  text = strjoin(arrayfun(@(n) sprintf('%d', n), shape, 'UniformOutput', false), ',');
end

function append_line(file, line)
  fid = fopen(file, 'a');
  fprintf(fid, '%s\n', line);
  fclose(fid);
end
