function a = sigmoid(z)
  % SIGMOID  Fault injection for tests: Octave exits, once per marker file (NNREF_CRASH_MARKER)
  %   or on every call when the variable is unset; otherwise the real formula.
  marker = getenv('NNREF_CRASH_MARKER');
  if isempty(marker) || exist(marker, 'file') ~= 2
    if ~isempty(marker)
      fclose(fopen(marker, 'w'));
    end
    exit(3);
  end
  e = exp(-abs(z));
  a = 1 ./ (1 + e);
  a(z < 0) = e(z < 0) ./ (1 + e(z < 0));
end
