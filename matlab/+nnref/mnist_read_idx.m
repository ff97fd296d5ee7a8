function data = mnist_read_idx(path, verify)
  % MNIST_READ_IDX  The uint8 array of one raw MNIST IDX file, its header and md5 checked.
  %   data = nnref.mnist_read_idx(path) reads one of the four files of SPEC C3 by its name
  %   (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,
  %   t10k-labels-idx1-ubyte): images come back as n x 784 (each row one image, pixels read
  %   row by row), labels as n x 1. The size in bytes, the md5 (unless verify is false), the
  %   magic number (2051 images, 2049 labels) and the dimensions must be those of SPEC C3;
  %   otherwise nnref:badData (nnref:noData when the file is missing).
  %   Python twin: nnref.mnist.read_idx (which keeps images as n x 28 x 28).
  %   Example: y = nnref.mnist_read_idx(fullfile(dir, 't10k-labels-idx1-ubyte'));
  if nargin < 2
    verify = true;
  end
  [~, name, ext] = fileparts(path);
  name = [name ext];
  names = {'train-images-idx3-ubyte', 'train-labels-idx1-ubyte', ...
           't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'};
  md5s = {'6bbc9ace898e44ae57da46a324031adb', 'a25bea736e30d166cdddb491f175f624', ...
          '2646ac647ad5339dbf082846283269ea', '27ae3e4e09519cfbb04c329615203637'};
  sizes = [47040016, 60008, 7840016, 10008];
  magics = [2051, 2049, 2051, 2049];
  counts = [60000, 60000, 10000, 10000];
  k = find(strcmp(names, name));
  if isempty(k)
    error('nnref:badData', '%s: not one of the four MNIST file names', path);
  end
  fid = fopen(path, 'r', 'ieee-be');
  if fid < 0
    error('nnref:noData', '%s: missing; run: ./dev nnref fetch-mnist', path);
  end
  raw = fread(fid, Inf, 'uint8=>uint8');
  fclose(fid);
  if numel(raw) ~= sizes(k)
    error('nnref:badData', '%s: %d bytes, expected %d', path, numel(raw), sizes(k));
  end
  if verify && ~strcmp(nnref.digest(raw, 'md5'), md5s{k})
    error('nnref:badData', '%s: md5 differs from %s', path, md5s{k});
  end
  header = double(reshape(raw(1:16), 4, 4)) .* repmat([16777216; 65536; 256; 1], 1, 4);
  header = sum(header, 1);
  if magics(k) == 2051
    want = [2051, counts(k), 28, 28];
    data = reshape(raw(17:end), 784, counts(k))';
  else
    want = [2049, counts(k)];
    data = raw(9:end);
  end
  if ~isequal(header(1:numel(want)), want)
    error('nnref:badData', '%s: header %s, expected %s', path, mat2str(header(1:numel(want))), ...
          mat2str(want));
  end
end

%!error id=nnref:badData nnref.mnist_read_idx ('/tmp/not-mnist.bin')
%!error id=nnref:noData nnref.mnist_read_idx ('/nonexistent/t10k-labels-idx1-ubyte')
%!test
%! d = tempname (); mkdir (d); p = fullfile (d, 't10k-labels-idx1-ubyte');
%! fid = fopen (p, 'w'); fwrite (fid, zeros (1, 100, 'uint8')); fclose (fid);
%! try
%!   nnref.mnist_read_idx (p);
%!   error ('test:noError', 'a truncated file was accepted');
%! catch err
%!   assert (err.identifier, 'nnref:badData');
%!   assert (! isempty (strfind (err.message, '100 bytes, expected 10008')));
%! end
%! unlink (p); rmdir (d);
