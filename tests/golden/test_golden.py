"""The demo's recorded facts, re-evaluated, must give exactly the reviewed results and score."""

import json

from tests.golden.replay import GOLDEN, replay, stable


def test_demo_replay_matches_golden(tmp_path):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert stable(replay(tmp_path / "g.duckdb")) == expected, (
        "Results changed: run `make golden`, review `git diff tests/golden`, commit if right.")
