function results = run_fixture(path)
  % RUN_FIXTURE  Run every case of a fixture file in this language; return what each gave.
  %   results = nnref.run_fixture(path) loads the fixture with nnref.load_fixture and
  %   calls nnref.<call>(inputs in args order) with nargout = numel(outputs) for each
  %   case. results is a cell array with one struct per case: id, outputs (a cell array
  %   in the case's output order), error_identifier and error_message ('' when the call
  %   returned). Errors are caught per case, so one failing case does not hide the others.
  %   Comparison with the expected values is left to the caller (nnref check in Python,
  %   nnref.check_fixture in Octave). Python twin: nnref.runners.PythonRunner.run_fixture.
  %   Example: r = nnref.run_fixture('shared_fixtures/mse.json'); r{1}.outputs{1}
  fixture = nnref.load_fixture(path);
  results = cell(numel(fixture.cases), 1);
  for k = 1:numel(fixture.cases)
    results{k} = run_case(fixture.cases{k});
  end
end

function r = run_case(c)
  args = cell(1, numel(c.args));
  for a = 1:numel(c.args)
    args{a} = c.inputs.(c.args{a});
  end
  r = nnref.try_call(c.call, numel(c.outputs), {args});
  r = r{1};
  r.id = c.id;
end

%!test
%! root = fileparts (fileparts (fileparts (which ('nnref.run_fixture'))));
%! r = nnref.run_fixture (fullfile (root, 'shared_fixtures', 'mse.json'));
%! assert (r{1}.outputs{1}, 0.5);
