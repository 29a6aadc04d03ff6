"""`make golden`: rewrite the expected demo results; review the diff before committing."""

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.golden.replay import GOLDEN, replay, stable  # noqa: E402

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        data = stable(replay(Path(tmp) / "golden.duckdb"))
    GOLDEN.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"wrote {GOLDEN}; review it with: git diff {GOLDEN}")
