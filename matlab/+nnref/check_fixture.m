function [passed, failed] = check_fixture(path)
  % CHECK_FIXTURE  Check the Octave/MATLAB port against one fixture file, with no Python.
  %   [passed, failed] = nnref.check_fixture(path) runs every case (nnref.run_fixture),
  %   compares each output with the expected value by the case's tolerance,
  %   |got - expected| <= atol + rtol * |expected| with NaN matching NaN, and prints one
  %   line per case. An error case passes when the call fails with the stated identifier
  %   and message. The same rule as `nnref check` in Python. Python twin: nnref.check.judge.
  %   Example: [p, f] = nnref.check_fixture('shared_fixtures/neuron.json')
  fixture = nnref.load_fixture(path);
  results = nnref.run_fixture(path);
  passed = 0;
  failed = 0;
  for k = 1:numel(fixture.cases)
    [ok, message] = check_case(fixture.cases{k}, results{k});
    passed = passed + ok;
    failed = failed + ~ok;
    verdict = 'FAIL';
    if ok
      verdict = 'ok';
    end
    fprintf('%-4s %s::%s %s\n', verdict, fixture.algorithm, fixture.cases{k}.id, message);
  end
end

function [ok, message] = check_case(c, r)
  if ~isempty(c.error)
    ok = strcmp(r.error_identifier, c.error.identifier) && strcmp(r.error_message, c.error.message);
    message = sprintf('expected error %s, got %s: %s', c.error.identifier, ...
                      r.error_identifier, r.error_message);
    return;
  end
  if ~isempty(r.error_identifier) || ~isempty(r.error_message)
    ok = false;
    message = sprintf('error %s: %s', r.error_identifier, r.error_message);
    return;
  end
  ok = true;
  message = '';
  names = fieldnames(c.expected);
  for n = 1:numel(names)
    want = double(c.expected.(names{n}));
    got = double(r.outputs{strcmp(c.outputs, names{n})});
    if ~isequal(size(got), size(want))
      ok = false;
      message = sprintf('%s %s: size %s, expected %s', message, names{n}, ...
                        nnref.size_text(got), nnref.size_text(want));
      continue;
    end
    close = abs(got - want) <= c.atol + c.rtol * abs(want) | (isnan(got) & isnan(want)) ...
            | (isinf(want) & got == want);
    if ~all(close(:))
      ok = false;
      message = sprintf('%s %s: max abs err %g', message, names{n}, max(abs(got(:) - want(:))));
    end
  end
end

%!test
%! root = fileparts (fileparts (fileparts (which ('nnref.check_fixture'))));
%! [p, f] = nnref.check_fixture (fullfile (root, 'shared_fixtures', 'mse.json'));
%! assert (f, 0);
%! assert (p > 0);
