function mnist = mnist_load(directory, verify)
  % MNIST_LOAD  MNIST split as in the book: 50,000 training, 10,000 validation, 10,000 test.
  %   mnist = nnref.mnist_load(directory) reads the four raw IDX files of SPEC C3 from
  %   directory (fetch them once with: ./dev nnref fetch-mnist; Python's default directory
  %   is ~/.cache/nnref/mnist) and returns a struct with fields training, validation and
  %   test, each a struct with images (n x 784 doubles in [0, 1], pixel/255, one image per
  %   row) and labels (n x 1 doubles, 0..9). verify = false skips the md5 (sizes, magic
  %   numbers and dimensions are always checked). Labels out of 0..9: nnref:badData.
  %   Python twin: nnref.mnist.load.
  %   Example: m = nnref.mnist_load('~/.cache/nnref/mnist'); size(m.training.images)
  if nargin < 2
    verify = true;
  end
  if ~ischar(directory) || exist(directory, 'dir') ~= 7
    error('nnref:noData', 'MNIST directory %s does not exist; run: ./dev nnref fetch-mnist', ...
          char(directory));
  end
  train_images = nnref.mnist_read_idx(fullfile(directory, 'train-images-idx3-ubyte'), verify);
  train_labels = nnref.mnist_read_idx(fullfile(directory, 'train-labels-idx1-ubyte'), verify);
  test_images = nnref.mnist_read_idx(fullfile(directory, 't10k-images-idx3-ubyte'), verify);
  test_labels = nnref.mnist_read_idx(fullfile(directory, 't10k-labels-idx1-ubyte'), verify);
  if max(train_labels) > 9 || max(test_labels) > 9
    error('nnref:badData', 'labels out of 0..9 in %s', directory);
  end
  n = 50000;
  mnist.training = part(train_images(1:n, :), train_labels(1:n));
  mnist.validation = part(train_images(n + 1:end, :), train_labels(n + 1:end));
  mnist.test = part(test_images, test_labels);
end

function p = part(images, labels)
  p = struct('images', double(images) / 255, 'labels', double(labels));
end

%!error id=nnref:noData nnref.mnist_load ('/nonexistent/mnist')
