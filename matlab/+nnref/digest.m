function hex = digest(bytes, algorithm)
  % DIGEST  md5 or sha256 of a byte vector, as lower-case hex, in Octave and in MATLAB.
  %   hex = nnref.digest(bytes, algorithm) with bytes a uint8 vector (or a char vector of
  %   bytes) and algorithm 'md5' or 'sha256'. Octave's hash() where it exists, Java's
  %   MessageDigest on MATLAB. Python twin: hashlib.
  %   Example: nnref.digest(uint8('abc'), 'md5')  % '900150983cd24fb0d6963f7d28e17f72'
  if ~any(strcmp(algorithm, {'md5', 'sha256'}))
    error('nnref:badValue', 'algorithm must be md5 or sha256, got %s', algorithm);
  end
  bytes = uint8(bytes(:));
  if exist('OCTAVE_VERSION', 'builtin')
    hex = hash(algorithm, char(bytes'));
  else
    names = struct('md5', 'MD5', 'sha256', 'SHA-256');
    engine = java.security.MessageDigest.getInstance(names.(algorithm));
    engine.update(typecast(bytes, 'int8'));
    hex = lower(reshape(dec2hex(typecast(engine.digest(), 'uint8'), 2)', 1, []));
  end
end

%!assert (nnref.digest (uint8 ('abc'), 'md5'), '900150983cd24fb0d6963f7d28e17f72')
%!assert (nnref.digest ('abc', 'sha256'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
%!assert (nnref.digest (uint8 ([0 255 10]), 'md5'), 'daabad9de4c13765beb6e0a4ea14f25f')
%!error id=nnref:badValue nnref.digest ('abc', 'sha1')
