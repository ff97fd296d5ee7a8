function text = size_text(value)
  % SIZE_TEXT  Size of an array as text, e.g. '2x3'. Python twin: nnref.checks.size_text.
  %   text = nnref.size_text(value)
  %   Example: nnref.size_text(zeros(2, 3))  % '2x3'
  text = sprintf('%dx', size(value));
  text = text(1:end-1);
end

%!assert (nnref.size_text (zeros (2, 3)), '2x3')
%!assert (nnref.size_text (7), '1x1')
