function fixture = load_fixture(path)
  % LOAD_FIXTURE  Read a shared nnref fixture (schema nnref-fixture/1), with no Python.
  %   fixture = nnref.load_fixture(path) returns a struct with fields algorithm,
  %   description and cases: a cell array with one struct per case, fields id, call,
  %   args and outputs (cellstr), inputs and expected (structs of arrays), sources
  %   (struct of strings), error ([] or a struct with identifier and message), rtol,
  %   atol and note.
  %   Doubles are read from their IEEE-754 hex digits (hex2num), never from JSON numbers
  %   (jsondecode is off by up to 3 ULP on 17-digit decimals), and each one is checked
  %   against its decimal text (str2double); any disagreement, a shape that does not
  %   match the element count or a missing field is an nnref:badFixture error naming
  %   the file and the case. Elements are stored in row-major order; a shape [n] gives
  %   a 1 x n row, [] a scalar. Python twin: nnref.fixtures.load_fixture.
  %   Example: f = nnref.load_fixture('shared_fixtures/neuron.json'); f.cases{1}.expected
  if ~ischar(path)
    error('nnref:badType', 'path must be a character vector');
  end
  if exist(path, 'file') ~= 2
    error('nnref:missingFile', '%s: no such fixture file', path);
  end
  try
    doc = jsondecode(fileread(path));
  catch err
    error('nnref:badFixture', '%s: not valid JSON: %s', path, err.message);
  end
  require_fields(doc, {'schema', 'algorithm', 'description', 'cases'}, path);
  if ~strcmp(doc.schema, 'nnref-fixture/1')
    error('nnref:badFixture', '%s: schema is %s, expected nnref-fixture/1', path, doc.schema);
  end
  raw = doc.cases;
  if isstruct(raw)
    raw = num2cell(raw);
  end
  cases = cell(numel(raw), 1);
  for k = 1:numel(raw)
    cases{k} = decode_case(raw{k}, path, k);
  end
  verify_checksum(path);
  fixture = struct('algorithm', doc.algorithm, 'description', doc.description);
  fixture.cases = cases;
end

function verify_checksum(path)
  % A fixture beside a SHA256SUMS file (written by the generator) must match its line there.
  [folder, name, ext] = fileparts(path);
  listing = fullfile(folder, 'SHA256SUMS');
  if exist(listing, 'file') ~= 2
    return;
  end
  lines = strsplit(fileread(listing), char(10));
  entry = lines(~cellfun(@isempty, regexp(lines, ['  ' regexptranslate('escape', [name ext]) '$'])));
  if isempty(entry)
    error('nnref:badFixture', '%s: not listed in SHA256SUMS; fixtures are written by the generator', path);
  end
  fid = fopen(path, 'r');
  bytes = fread(fid, Inf, 'uint8=>uint8');
  fclose(fid);
  if ~strcmp(nnref.digest(bytes, 'sha256'), entry{1}(1:64))
    error('nnref:badFixture', '%s: content differs from its checksum in SHA256SUMS (edited by hand or damaged)', path);
  end
end

function c = decode_case(raw, path, k)
  where = sprintf('%s: case #%d', path, k);
  require_fields(raw, {'id', 'call', 'args', 'inputs', 'outputs', 'tolerance', 'note'}, where);
  where = sprintf('%s: case %s', path, raw.id);
  c = struct('id', raw.id, 'call', raw.call);
  c.args = as_cellstr(raw.args);
  c.outputs = as_cellstr(raw.outputs);
  c.inputs = decode_struct(raw.inputs, [where ': input ']);
  for a = 1:numel(c.args)
    if ~isfield(c.inputs, c.args{a})
      error('nnref:badFixture', '%s: argument %s has no input', where, c.args{a});
    end
  end
  c.expected = struct();
  c.sources = struct();
  c.error = [];
  if isfield(raw, 'expected')
    c.expected = decode_struct(raw.expected, [where ': expected ']);
    c.sources = raw.sources;
  elseif isfield(raw, 'error')
    c.error = raw.error;
  else
    error('nnref:badFixture', '%s: neither expected nor error', where);
  end
  c.rtol = raw.tolerance.rtol;
  c.atol = raw.tolerance.atol;
  c.note = raw.note;
end

function s = decode_struct(raw, where)
  s = struct();
  names = fieldnames(raw);
  for n = 1:numel(names)
    s.(names{n}) = decode_value(raw.(names{n}), [where names{n}]);
  end
end

function value = decode_value(raw, where)
  require_fields(raw, {'type', 'shape'}, where);
  shape = double(raw.shape(:)');
  count = prod(shape);
  switch raw.type
    case 'double'
      require_fields(raw, {'hex', 'dec'}, where);
      hex = as_cellstr(raw.hex);
      dec = as_cellstr(raw.dec);
      if numel(hex) ~= count || numel(dec) ~= count
        error('nnref:badFixture', '%s: shape [%s] needs %d elements, has %d hex and %d dec', ...
              where, num2str(shape), count, numel(hex), numel(dec));
      end
      if count == 0
        flat = zeros(0, 1);
      else
        flat = hex2num(hex(:));
        from_text = str2double(dec(:));
        same = typecast(flat, 'uint64') == typecast(from_text, 'uint64') ...
               | (isnan(flat) & isnan(from_text));
        if ~all(same)
          bad = find(~same, 1);
          error('nnref:badFixture', '%s: element %d: hex %s disagrees with dec %s', ...
                where, bad, hex{bad}, dec{bad});
        end
      end
    case {'int', 'logical'}
      require_fields(raw, {'values'}, where);
      flat = raw.values(:);
      if numel(flat) ~= count
        error('nnref:badFixture', '%s: shape [%s] needs %d elements, has %d', ...
              where, num2str(shape), count, numel(flat));
      end
      if strcmp(raw.type, 'int')
        flat = double(flat);
      else
        flat = logical(flat);
      end
    otherwise
      error('nnref:badFixture', '%s: unknown type %s', where, raw.type);
  end
  value = row_major(flat, shape);
end

function value = row_major(flat, shape)
  % Row-major element order to a MATLAB array; [] -> scalar, [n] -> 1 x n row.
  if isempty(shape)
    value = flat;
  elseif numel(shape) == 1
    value = reshape(flat, 1, shape);
  else
    value = permute(reshape(flat, fliplr(shape)), numel(shape):-1:1);
  end
end

function c = as_cellstr(raw)
  % jsondecode gives [] for an empty array and a cell column for an array of strings.
  if isempty(raw)
    c = {};
  elseif ischar(raw)
    c = {raw};
  else
    c = raw(:)';
  end
end

function require_fields(s, names, where)
  if ~isstruct(s)
    error('nnref:badFixture', '%s: expected an object', where);
  end
  for n = 1:numel(names)
    if ~isfield(s, names{n})
      error('nnref:badFixture', '%s: missing field %s', where, names{n});
    end
  end
end

%!test
%! root = fileparts (fileparts (fileparts (which ('nnref.load_fixture'))));
%! f = nnref.load_fixture (fullfile (root, 'shared_fixtures', 'neuron.json'));
%! assert (strcmp (f.algorithm, 'neuron'));
%! assert (numel (f.cases) >= 1);
%!error id=nnref:missingFile nnref.load_fixture ('no/such/file.json')
