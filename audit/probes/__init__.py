"""Probes: the only network code. Each gathers facts once per asset; checks read them.

`gather(asset, settings, needs)` returns {probe_name: facts}. A probe never raises:
a failure is a fact {"error": "human sentence", "error_kind": code}. Facts are
JSON-serialisable dicts (they are stored as evidence and replayed by golden tests).

Fact shapes, the contract between probes and checks:

website  {"url": str,                       # the URL fetched (asset url, https:// assumed)
          "main": Attempt,                  # fetch of "url", following redirects
          "http": Attempt}                  # fetch of http://<host>/ with redirects followed
  Attempt = {"url", "chain": [{"url", "status", "location"}],   # every hop, in order
             "status": int | None, "final_url": str | None,
             "headers": {lowercase-name: value}, "elapsed_ms": float,  # final response
             "html": str,                   # first bytes of the body, decoded, "" if not HTML
             "content_type": str,
             "error": str | None,
             "error_kind": None | "dns" | "refused" | "timeout" | "tls" | "redirect_loop"
                          | "too_many_redirects" | "blocked" | "too_large" | "invalid_url"
                          | "other"}
tls      {"host", "port", "verified": bool, "verify_error": str | None,
          "verify_code": int | None,        # OpenSSL code: 10 expired, 18 self-signed, 62 name
          "not_before": ISO date, "not_after": ISO date, "issuer": str, "subject": str,
          "sans": [str], "self_signed": bool}   # or {"error", "error_kind"} if no handshake
mail     {"domain", "mx": [{"preference": int, "exchange": str}] | None,
          "spf": [str] | None,              # every TXT at the domain starting v=spf1 (joined)
          "dmarc": [str] | None,            # every TXT at _dmarc.<domain>
          "errors": {"mx"|"spf"|"dmarc": str}}  # None list + error = lookup failed
rdap     {"domain": registrable domain, "expiration": ISO datetime | None,
          "registrar": str | None, "source": url}  # or {"error", "error_kind"}
profile  {"url", "status": int | None, "final_url",
          "not_found_marker": str | None,   # platform "not found" text seen on the page
          "login_wall_marker": str | None,  # login wall / captcha text seen
          "error", "error_kind"}
"""
