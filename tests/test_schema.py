"""Fixtures are validated against the JSON Schema, and refused with their file and case named."""
import copy
import json

import pytest

from conftest import FIXTURES
from nnref.errors import NnrefError
from nnref.fixtures import fixture_path, load_fixture, schema_path, validate_document


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.algorithm)
def test_committed_fixture_is_valid(fixture):
    document = json.loads(fixture.path.read_text())
    validate_document(document, fixture.path)
    assert document["schema"] == "nnref-fixture/1"


def test_schema_file_is_a_valid_json_schema():
    import jsonschema
    jsonschema.Draft202012Validator.check_schema(json.loads(schema_path().read_text()))


def neuron_document():
    return json.loads(fixture_path("neuron").read_text())


def refused(tmp_path, document, name="neuron") -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(document))
    with pytest.raises(NnrefError) as caught:
        load_fixture(path)
    assert caught.value.identifier == "nnref:badFixture"
    assert str(path) in caught.value.message
    return caught.value.message


def test_unknown_source_is_refused_with_case_named(tmp_path):
    document = neuron_document()
    document["cases"][0]["sources"]["y"] = "my-port"
    assert "case a1-published" in refused(tmp_path, document)


def test_missing_tolerance_is_refused(tmp_path):
    document = neuron_document()
    del document["cases"][1]["tolerance"]
    assert "case a1-exact" in refused(tmp_path, document)


def test_shape_that_does_not_match_the_elements_is_refused(tmp_path):
    document = neuron_document()
    document["cases"][0]["inputs"]["w"]["shape"] = [3]
    message = refused(tmp_path, document)
    assert "case a1-published: input w" in message and "needs 3 elements" in message


def test_hex_and_decimal_that_disagree_are_refused(tmp_path):
    document = neuron_document()
    document["cases"][0]["expected"]["y"]["dec"] = ["0.9990889488055995"]
    message = refused(tmp_path, document)
    assert "case a1-published: expected y" in message and "0.9990889488055995" in message


def test_duplicate_case_id_is_refused(tmp_path):
    document = neuron_document()
    document["cases"].append(copy.deepcopy(document["cases"][0]))
    assert "duplicate case id" in refused(tmp_path, document)


def test_argument_without_input_is_refused(tmp_path):
    document = neuron_document()
    document["cases"][0]["args"].append("z")
    assert "args and inputs differ" in refused(tmp_path, document)


def test_algorithm_must_match_the_file_name(tmp_path):
    assert "differs from the file name" in refused(tmp_path, neuron_document(), name="other")


def test_truncated_file_is_refused(tmp_path):
    path = tmp_path / "neuron.json"
    path.write_text(fixture_path("neuron").read_text()[:500])
    with pytest.raises(NnrefError, match="not valid JSON"):
        load_fixture(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(NnrefError) as caught:
        load_fixture(tmp_path / "nothing.json")
    assert caught.value.identifier == "nnref:missingFile"


def flip_last_digit(text: str) -> str:
    """The decimal text with its last mantissa digit changed (3 -> 4, 9 -> 8)."""
    mantissa, _, exponent = text.partition("e")
    last = max(i for i, ch in enumerate(mantissa) if ch.isdigit())
    digit = mantissa[last]
    new = str(int(digit) + 1) if digit != "9" else "8"
    return mantissa[:last] + new + mantissa[last + 1:] + (f"e{exponent}" if exponent else "")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.algorithm)
def test_one_changed_digit_in_any_expected_value_is_refused(fixture):
    """Every expected double of every fixture: change one digit of its text and the loader
    refuses the file, naming the case (hex and decimal must agree)."""
    from nnref.encoding import decode
    document = json.loads(fixture.path.read_text())
    checked = 0
    for case in document["cases"]:
        for name, value in case.get("expected", {}).items():
            if value["type"] != "double":
                continue
            for index, text in enumerate(value["dec"]):
                if text in ("NaN", "Inf", "-Inf"):
                    continue
                edited = copy.deepcopy(value)
                edited["dec"][index] = flip_last_digit(text)
                if float(edited["dec"][index]) == float(text):
                    continue  # e.g. 5e-324 -> 6e-324: the same subnormal, so not a change
                with pytest.raises(NnrefError, match=f"case {case['id']}: expected {name}"):
                    decode(edited, f"{fixture.path}: case {case['id']}: expected {name}")
                checked += 1
    assert checked > 0


def test_checksums_cover_every_committed_fixture():
    from nnref.fixtures import file_sha256, fixtures_dir, read_checksums
    recorded = read_checksums(fixtures_dir())
    for fixture in FIXTURES:
        assert recorded[fixture.path.name] == file_sha256(fixture.path)


def test_consistent_hand_edit_is_refused_by_the_checksum_in_both_languages(octave, tmp_path):
    """A value changed in hex and decimal alike passes every content check; the checksum the
    generator recorded still refuses the file, in the Python and in the Octave loader."""
    import shutil
    from nnref.encoding import encode
    from nnref.fixtures import dump_fixture, fixtures_dir
    from nnref.runners import octave_call
    from oct2py import Oct2PyError
    for name in ("mse.json", "SHA256SUMS"):
        shutil.copy(fixtures_dir() / name, tmp_path / name)
    path = tmp_path / "mse.json"
    document = json.loads(path.read_text())
    document["cases"][0]["expected"]["loss"] = encode(0.25)
    path.write_text(dump_fixture(document))
    with pytest.raises(NnrefError, match="differs from its checksum"):
        load_fixture(path)
    with pytest.raises(Oct2PyError, match="differs from its checksum"):
        octave_call(octave, "load_fixture", str(path))
    (tmp_path / "SHA256SUMS").write_text("")
    with pytest.raises(NnrefError, match="not listed in SHA256SUMS"):
        load_fixture(path)
