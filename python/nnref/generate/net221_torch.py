"""PyTorch references for the 2-2-1 network (float64, CPU): autograd partials, one
torch.optim.SGD step, and the torch-loop training run of SPEC A7.

Independent of the ports: the forward pass is written here with torch.sigmoid, every partial
comes from torch.autograd, every update from torch.optim.SGD.  torch is imported inside the
functions, so the default (torch-less) fixture run never imports it.
"""
import numpy as np


def _forward(torch, w, b, x1, x2):
    sum_h1 = w[0] * x1 + w[1] * x2 + b[0]
    h1 = torch.sigmoid(sum_h1)
    sum_h2 = w[2] * x1 + w[3] * x2 + b[1]
    h2 = torch.sigmoid(sum_h2)
    sum_o1 = w[4] * h1 + w[5] * h2 + b[2]
    return h1, h2, torch.sigmoid(sum_o1)


def autograd_backprop(w, b, x, y) -> dict:
    """Every partial of net221_backprop (dL_dypred .. dL_db3) by torch.autograd.grad: local
    partials as derivatives of o1, h1, h2 with respect to a parameter or a hidden output,
    the nine partials of L = (y - o1)^2 with respect to w and b."""
    import torch
    w_t = torch.tensor(np.asarray(w, dtype=float), dtype=torch.float64, requires_grad=True)
    b_t = torch.tensor(np.asarray(b, dtype=float), dtype=torch.float64, requires_grad=True)
    x1, x2 = (torch.tensor(float(v), dtype=torch.float64) for v in x)
    h1, h2, o1 = _forward(torch, w_t, b_t, x1, x2)
    loss = (float(y) - o1) ** 2

    def grad(output, inputs):
        return [g.detach().numpy() for g in torch.autograd.grad(output, inputs, retain_graph=True)]

    (dL_dypred,) = grad(loss, [o1])
    do1_dw, do1_db, dypred_dh1, dypred_dh2 = grad(o1, [w_t, b_t, h1, h2])
    dh1_dw, dh1_db = grad(h1, [w_t, b_t])
    dh2_dw, dh2_db = grad(h2, [w_t, b_t])
    dL_dw, dL_db = grad(loss, [w_t, b_t])
    values = {"dL_dypred": dL_dypred,
              "dypred_dw5": do1_dw[4], "dypred_dw6": do1_dw[5], "dypred_db3": do1_db[2],
              "dypred_dh1": dypred_dh1, "dypred_dh2": dypred_dh2,
              "dh1_dw1": dh1_dw[0], "dh1_dw2": dh1_dw[1], "dh1_db1": dh1_db[0],
              "dh2_dw3": dh2_dw[2], "dh2_dw4": dh2_dw[3], "dh2_db2": dh2_db[1]}
    values.update({f"dL_dw{i + 1}": dL_dw[i] for i in range(6)})
    values.update({f"dL_db{i + 1}": dL_db[i] for i in range(3)})
    return {name: float(v) for name, v in values.items()}


def sgd_step(w, b, x, y, learn_rate):
    """(w, b) after one torch.optim.SGD step on L = (y - o1)^2 for the sample x."""
    import torch
    w_t = torch.tensor(np.asarray(w, dtype=float), dtype=torch.float64, requires_grad=True)
    b_t = torch.tensor(np.asarray(b, dtype=float), dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w_t, b_t], lr=float(learn_rate))
    x1, x2 = (torch.tensor(float(v), dtype=torch.float64) for v in x)
    optimizer.zero_grad()
    ((float(y) - _forward(torch, w_t, b_t, x1, x2)[2]) ** 2).backward()
    optimizer.step()
    return w_t.detach().numpy().copy(), b_t.detach().numpy().copy()


def torch_loop_train(w0, b0, X, y, learn_rate=0.1, epochs=1000):
    """SPEC A7 in torch: per-sample SGD (torch.optim.SGD, autograd gradients) over the rows of
    X in order, `epochs` times; after epochs 0, 10, ... (0-based) the mean of (y - o1)^2 over
    the whole set.  Returns (w, b, loss) as float64 numpy arrays."""
    import torch
    w_t = torch.tensor(np.asarray(w0, dtype=float), dtype=torch.float64, requires_grad=True)
    b_t = torch.tensor(np.asarray(b0, dtype=float), dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w_t, b_t], lr=float(learn_rate))
    X_t = torch.tensor(np.asarray(X, dtype=float), dtype=torch.float64)
    y_t = torch.tensor(np.asarray(y, dtype=float), dtype=torch.float64)
    losses = []
    for epoch in range(epochs):
        for i in range(X_t.shape[0]):
            optimizer.zero_grad()
            o1 = _forward(torch, w_t, b_t, X_t[i, 0], X_t[i, 1])[2]
            ((y_t[i] - o1) ** 2).backward()
            optimizer.step()
        if epoch % 10 == 0:
            with torch.no_grad():
                ypred = _forward(torch, w_t, b_t, X_t[:, 0], X_t[:, 1])[2]
                losses.append(float(torch.mean((y_t - ypred) ** 2)))
    return w_t.detach().numpy().copy(), b_t.detach().numpy().copy(), np.array(losses)
