"""The store's column-at-a-time reads give exactly fetchall()'s rows."""

from __future__ import annotations

import duckdb
import pytest

from audit.store import _fetch_rows


@pytest.mark.parametrize("where", ["", "WHERE a = 'none'"])  # some rows, and none
def test_rows_built_from_the_columns_are_fetchall_rows(where):
    con = duckdb.connect()
    con.execute('CREATE TABLE t (a VARCHAR, j JSON, seen TIMESTAMP, ms DOUBLE, n INTEGER)')
    con.execute("INSERT INTO t VALUES ('x', NULL, NULL, NULL, NULL), "
                "(NULL, '{\"k\": [1, \"é\"]}', '2026-12-02 04:05:06.123456', 1.5, 7), "
                "('', '{}', '1999-01-01', 0.1, -1)")
    query = f"SELECT * FROM t {where}"
    expected = con.execute(query).fetchall()
    for columnar in (True, False):
        rows = _fetch_rows(con.execute(query), columnar)
        assert rows == expected
        assert [tuple(map(type, r)) for r in rows] == [tuple(map(type, r)) for r in expected]
