"""PyTorch float64 references for the layered network (SPEC C): autograd gradients, and a
"torch-loop" (an independent float64 mini-batch SGD loop in torch with autograd gradients).

Independent of nnref's ports: its own packing of the flat parameter vector (W^1 row by row,
b^1, W^2 row by row, b^2, ...), torch.sigmoid, and torch.autograd for every derivative.
torch is imported on first use, so the default (torch-less) generator run never needs it.
"""
import numpy as np


def _torch():
    import torch
    return torch


def layers(sizes, p):
    """[W^1, b^1, W^2, b^2, ...] as float64 leaf tensors with gradients, from the flat p."""
    torch = _torch()
    p = np.asarray(p, dtype=np.float64).reshape(-1)
    tensors, k = [], 0
    for n_prev, n in zip(sizes[:-1], sizes[1:]):
        tensors.append(torch.tensor(p[k:k + n * n_prev].reshape(n, n_prev), requires_grad=True))
        k += n * n_prev
        tensors.append(torch.tensor(p[k:k + n].reshape(n, 1), requires_grad=True))
        k += n
    assert k == p.size, f"p has {p.size} elements, sizes {sizes} need {k}"
    return tensors


def flat(tensors) -> np.ndarray:
    """The flat vector packed like p."""
    return np.concatenate([t.detach().numpy().reshape(-1) for t in tensors])


def forward(params, X):
    """(zs, activations a^1..a^L) with a^l = sigmoid(W^l a^(l-1) + b^l), columns = samples."""
    torch = _torch()
    a = torch.tensor(np.asarray(X, dtype=np.float64))
    zs, activations = [], []
    for W, b in zip(params[0::2], params[1::2]):
        zs.append(W @ a + b)
        a = torch.sigmoid(zs[-1])
        activations.append(a)
    return zs, activations


def cost_sum(activations, Y):
    """sum over the columns of 0.5 ||a^L - y||^2."""
    torch = _torch()
    return 0.5 * ((activations[-1] - torch.tensor(np.asarray(Y, dtype=np.float64))) ** 2).sum()


def activations(sizes, p, X):
    """(z, a) stacked over the layers, one column per sample (network_activations)."""
    zs, acts = forward(layers(sizes, p), X)
    return (np.vstack([z.detach().numpy() for z in zs]),
            np.vstack([a.detach().numpy() for a in acts]))


def feedforward(sizes, p, X):
    return forward(layers(sizes, p), X)[1][-1].detach().numpy()


def backprop(sizes, p, x, y):
    """(g, C, dC_da) of one sample: autograd of C = 0.5 ||a^L - y||^2 with respect to every
    parameter and to the hidden activations a^1..a^(L-1) (stacked column)."""
    torch = _torch()
    params = layers(sizes, p)
    _, acts = forward(params, np.reshape(x, (-1, 1)))
    C = cost_sum(acts, np.reshape(y, (-1, 1)))
    grads = torch.autograd.grad(C, params + acts[:-1])
    hidden = [g.numpy() for g in grads[len(params):]]
    dC_da = np.vstack(hidden) if hidden else np.zeros((0, 1))
    return np.concatenate([g.numpy().reshape(-1) for g in grads[:len(params)]]), float(C.detach()), dC_da


def backprop_batch(sizes, p, X, Y):
    """(mean gradient, mean cost) over the columns: autograd of (1/N) sum of the costs."""
    torch = _torch()
    params = layers(sizes, p)
    N = np.shape(X)[1]
    C = cost_sum(forward(params, X)[1], Y) / N
    grads = torch.autograd.grad(C, params)
    return np.concatenate([g.numpy().reshape(-1) for g in grads]), float(C.detach())


def cost(sizes, p, X, Y):
    return float(cost_sum(forward(layers(sizes, p), X)[1], Y).detach()) / np.shape(X)[1]


def _step(params, X, Y, eta):
    """params - (eta/m) * autograd of the summed cost of the m columns of X, Y."""
    torch = _torch()
    grads = torch.autograd.grad(cost_sum(forward(params, X)[1], Y), params)
    scale = eta / np.shape(X)[1]
    with torch.no_grad():
        return [(t - scale * g).requires_grad_(True) for t, g in zip(params, grads)]


def sgd_step(sizes, p, X, Y, eta):
    return flat(_step(layers(sizes, p), X, Y, eta))


def sgd_epoch(sizes, p, X, Y, order, m, eta):
    """The torch-loop epoch: order holds 1-based sample numbers; batches of m, last smaller."""
    params = layers(sizes, p)
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    index = np.asarray(order) - 1
    for start in range(0, index.size, m):
        batch = index[start:start + m]
        params = _step(params, X[:, batch], Y[:, batch], eta)
    return flat(params)


def evaluate(sizes, p, X, Y):
    """(correct, predicted 1-based): torch.argmax, the first maximal index on a tie."""
    torch = _torch()
    out = forward(layers(sizes, p), X)[1][-1].detach()
    predicted = torch.argmax(out, dim=0).numpy() + 1
    labels = torch.argmax(torch.tensor(np.asarray(Y, dtype=np.float64)), dim=0).numpy() + 1
    return int((predicted == labels).sum()), predicted.astype(np.int64)
