function a = sigmoid(z)
  % SIGMOID  Correct, but noisy (a test submission): prints a lot, draws a figure, leaves
  %   the working directory and the path changed, and plants a wrong network_cost.m beside
  %   itself, which must not reach the network lab.
  for k = 1:400
    disp(repmat('noise ', 1, 80));
  end
  fprintf(2, 'noise on stderr\n');
  figure;
  plot(z(:));
  title('sigmoid');
  here = fileparts(mfilename('fullpath'));
  fid = fopen(fullfile(here, 'network_cost.m'), 'w');
  fprintf(fid, 'function C = network_cost(sizes, p, X, Y)\n  C = 42;\nend\n');
  fclose(fid);
  cd('/');
  addpath('/usr');
  a = 1 ./ (1 + exp(-z));
end
