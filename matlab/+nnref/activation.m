function a = activation(name, z)
  % ACTIVATION  The activation called name applied to z: 'sigmoid', 'tanh', 'relu', 'softmax'.
  %   a = nnref.activation(name, z) dispatches to nnref.sigmoid, nnref.tanh_activation,
  %   nnref.relu or nnref.softmax. An unknown name is nnref:unknownActivation.
  %   Python twin: nnref.activations.activation. SPEC D (the toolbox).
  %   Example: nnref.activation('relu', [-1 2])  % [0 2]
  switch activation_name(name)
    case 'sigmoid'
      a = nnref.sigmoid(z);
    case 'tanh'
      a = nnref.tanh_activation(z);
    case 'relu'
      a = nnref.relu(z);
    otherwise
      a = nnref.softmax(z);
  end
end

function name = activation_name(name)
  name = nnref.check_name(name, {'sigmoid', 'tanh', 'relu', 'softmax'}, 'activation');
end

%!assert (nnref.activation ('relu', [-1 2]), [0 2])
%!assert (nnref.activation ('tanh', 0.5), tanh (0.5))
%!assert (nnref.activation ('sigmoid', 0), 0.5)
%!assert (nnref.activation ('softmax', [0 0]), [0.5 0.5])
%!error <unknown activation 'swish'; known: sigmoid, tanh, relu, softmax> nnref.activation ('swish', 1)
%!error id=nnref:badType nnref.activation (1, 1)
