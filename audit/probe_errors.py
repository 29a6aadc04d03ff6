"""Probe failures in the reader's language.

A failed probe fact keeps its English sentence in "error" (evidence for the consultant),
its coarse "error_kind" (what the checks judge) and gains "error_info": a stable code and
the values the sentence needs, e.g. {"code": "tls_expired", "host": "karir.example"}. A
check copies error_info into its outcome values; `localize` turns "error" (and an OpenSSL
"verify_error") into the sentence of audit/locale/errors.py in the language asked for, when
a reason is rendered. Results stored before error_info existed render a sentence by their
kind that does not embed the English text: Indonesian output carries no English sentence.

The mail probe records DNS failures as sentences inside its answers (audit/spf.py replays
them), so its sentences are made here from a closed set of templates and read back to a
code by the same templates (`dns_error`, `dns_error_info`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from audit import platforms
from audit.i18n import STRINGS, t
from audit.textformat import fill

# OpenSSL verify codes (X509_V_ERR_*) to the certificate problem they name.
_VERIFY = {9: "not_yet_valid", 10: "expired", 18: "self_signed", 19: "self_signed",
           2: "untrusted", 20: "untrusted", 21: "untrusted", 27: "untrusted",
           62: "hostname", 64: "hostname"}


def info(code: str, **values: Any) -> dict[str, Any]:
    """The error_info of one failure: its code and the values its sentence needs."""
    return {"code": code, **values}


def verify_problem(verify_code: Any) -> str:
    """expired / not_yet_valid / self_signed / hostname / untrusted for an OpenSSL code."""
    return _VERIFY.get(verify_code if isinstance(verify_code, int) else -1, "untrusted")


def tls_code(verify_code: Any) -> str:
    """The error code of a handshake that failed on certificate verification."""
    return f"tls_{verify_problem(verify_code)}"


# -- the mail probe's DNS sentences ---------------------------------------------------------

DNS_SENTENCES = {
    "dns_timeout": "DNS lookup of {type} {name} timed out",
    "dns_servfail": "DNS servers failed to answer {type} {name} (SERVFAIL or refused)",
    "dns_time_spent": "DNS lookup of {type} {name} not sent: the {s} s timeout for this "
                      "domain was used up",
    "dns_budget_spent": "DNS lookup of {type} {name} not sent: this domain already took "
                        "{max} questions",
    "dns_not_asked": "{type} {name} was not looked up during the audit",
    "dns_failed": "DNS lookup of {type} {name} failed: {detail}",
    "no_resolver": "No DNS resolver available: {detail}",
}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                    for i, p in enumerate(parts))
    return re.compile(f"^{regex}$", re.S)


_DNS_PATTERNS = {code: _pattern(text) for code, text in DNS_SENTENCES.items()}


def dns_error(code: str, **values: Any) -> str:
    """The English sentence of one DNS failure (recorded in the mail probe's answers)."""
    return DNS_SENTENCES[code].format(**values)


def dns_error_info(sentence: str) -> dict[str, Any]:
    """The code and values of a sentence made by `dns_error`; else a plain DNS failure."""
    for code, pattern in _DNS_PATTERNS.items():
        match = pattern.match(sentence or "")
        if match:
            values: dict[str, Any] = {k: v for k, v in match.groupdict().items()
                                      if k != "detail"}
            if "s" in values:  # a number, written the reader's way when rendered
                values["s"] = float(values["s"])
            return info(code, **values)
    return info("dns_failed_plain")


# -- rendering ---------------------------------------------------------------------------


def describe(values: Mapping[str, Any], lang: str) -> str:
    """The "error" value of an outcome as a fragment in `lang` (see the module docstring)."""
    error_info = values.get("error_info")
    if isinstance(error_info, Mapping) and isinstance(error_info.get("code"), str):
        entry = STRINGS.get(f"probe.error.{error_info['code']}")
        if entry is not None:
            shown = dict(error_info)
            known = platforms.PLATFORMS.get(str(shown.get("platform", "")))
            if known is not None:  # an id: the platform as the reader calls it
                shown["platform"] = known.label_in(lang)
            try:
                return fill(entry[lang], shown, lang)
            except (KeyError, IndexError, ValueError):
                pass
    raw = values.get("error")
    if lang == "en" and isinstance(raw, str) and raw:
        return raw
    kind = values.get("error_kind")
    key = f"probe.error.legacy.{kind}"
    return t(key if key in STRINGS else "probe.error.legacy", lang)


def describe_verify(values: Mapping[str, Any], lang: str) -> str:
    """An OpenSSL verify_error as the certificate problem it names, in `lang`."""
    code = values.get("verify_code")
    if isinstance(code, int) and not isinstance(code, bool):
        return t(f"probe.verify.{verify_problem(code)}", lang)
    raw = values.get("verify_error")
    if lang == "en" and isinstance(raw, str) and raw:
        return raw
    return t("probe.verify.legacy", lang)


def localize(values: Mapping[str, Any], lang: str) -> Mapping[str, Any]:
    """Outcome values with "error", "verify_error" and the platform ("platform_id" names
    it) put into `lang`; the other values are shown as stored."""
    if not {"error", "verify_error", "platform_id"} & values.keys():
        return values
    shown = dict(values)
    pid = values.get("platform_id")
    platform = platforms.PLATFORMS.get(pid) if isinstance(pid, str) else None
    if platform is not None:
        shown["platform"] = platform.label_in(lang)
    if "error" in values:
        shown["error"] = describe(values, lang)
    if "verify_error" in values:
        shown["verify_error"] = describe_verify(values, lang)
    return shown
