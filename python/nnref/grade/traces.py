"""Step traces for traced labs: where a failing training run first leaves the reference.

A student's training function is a black box, but its lab also asks for the step-level
functions, so the grader replays the first steps of a failing case with them, teacher-forced:
step k starts from the REFERENCE state before step k (so one wrong step cannot hide the next),
and the student's values of that step are compared with the reference's step trace by
nnref.trace.first_divergence, in computation order.  The result is added to the case's
first_divergence as "trace": {"step", "variable", "expected", "got"}; when every replayed step
agrees, "trace" says so (the difference is then in the training loop itself: order of samples,
number of epochs, when the loss is recorded).

A tracer is registered on its Lab (field `trace`): `calls` it explains, `probes(case)` gives
(reference steps, probe calls), `student_steps(case, probes, records)` the student's steps.
"""
import numpy as np

from nnref.trace import first_divergence

TRACED_CASES_PER_LAB = 3   # failing cases explained per lab (each costs a few dozen calls)


class Net221Trace:
    """net221_train and net221_step, replayed with the student's net221_backprop (the 27
    intermediates) and net221_step (the nine updated parameters), first STEPS steps."""
    calls = ("net221_train", "net221_step")
    STEPS = 8

    def probes(self, case):
        from nnref.net221 import BACKPROP_NAMES, LEARN_RATE, net221_step, net221_train
        inputs = dict(zip(case.args, case.inputs))
        rate = float(np.asarray(inputs.get("learn_rate", LEARN_RATE)))
        w, b = np.ravel(inputs.get("w0", inputs.get("w"))), np.ravel(inputs.get("b0", inputs.get("b")))
        if case.call == "net221_step":
            samples = [(np.ravel(inputs["x"]), float(np.asarray(inputs["y"])))]
            reference = [net221_step(w, b, samples[0][0], samples[0][1], rate, trace=True)[2]]
        else:
            X = np.asarray(inputs["X"], dtype=float).reshape(-1, 2)
            y = np.ravel(inputs["y"])
            epochs = -(-self.STEPS // len(X))
            reference = net221_train(w, b, X, y, rate, epochs, trace=True)[3][:self.STEPS]
            samples = [(X[k % len(X)], float(y[k % len(X)])) for k in range(len(reference))]
        calls, state = [], (w, b)
        for step, (x, label) in zip(reference, samples):
            shaped = (state[0].reshape(np.shape(inputs.get("w0", inputs.get("w")))),
                      state[1].reshape(np.shape(inputs.get("b0", inputs.get("b")))))
            calls.append(("net221_backprop", [*shaped, x, np.float64(label)],
                          BACKPROP_NAMES))
            calls.append(("net221_step", [*shaped, x, np.float64(label), np.float64(rate)],
                          ("w", "b")))
            state = (np.array([step[f"w{i}"] for i in range(1, 7)]),
                     np.array([step[f"b{i}"] for i in range(1, 4)]))
        steps = [{k: v for k, v in step.items() if k != "loss"} for step in reference]
        return steps, calls

    def student_steps(self, case, calls, outputs) -> list:
        """outputs: per probe call, a dict name -> array, or an error text."""
        steps = []
        for k in range(0, len(calls), 2):
            backprop, stepped = outputs[k], outputs[k + 1]
            step = {}
            if isinstance(backprop, str):
                return steps + [step]
            step.update({name: np.ravel(value)[0] if np.size(value) == 1 else np.nan
                         for name, value in backprop.items()})
            if isinstance(stepped, str):
                return steps + [step]
            w, b = np.ravel(stepped["w"]), np.ravel(stepped["b"])
            step.update({f"w{i + 1}": w[i] if i < w.size else np.nan for i in range(6)})
            step.update({f"b{i + 1}": b[i] if i < b.size else np.nan for i in range(3)})
            steps.append(step)
        return steps


def explain(tracer, case, calls, outputs, reference) -> dict:
    """The "trace" entry for one case: the first divergence of the replayed steps, or a note
    that they all agree.  `outputs`: per probe call, a dict name -> array or an error text."""
    student = tracer.student_steps(case, calls, outputs)
    found = first_divergence(reference, student, case.rtol, case.atol)
    if found is None:
        return {"step": None, "variable": None, "expected": None, "got": None,
                "note": f"the first {len(reference)} steps replayed with your step functions "
                        f"agree with the reference: the difference is in the training loop"}
    for key in ("expected", "got"):
        value = found[key]
        if isinstance(value, float) and not np.isfinite(value):
            found[key] = repr(value)
    failed = [out for out in outputs if isinstance(out, str)]
    return {**found, "note": f"replayed with your step functions: {failed[0]}" if failed
            else "replayed with your step functions, each step from the reference's state"}
