"""The brief pack for one channel: a WhatsApp-friendly text and a printable page.

Both carry the same content in the engagement's language: the campaign and its dates, the
key messages, the FAQ with its approved answers, tone notes for the channel's platform
(reply length limit, what not to do there) and who to escalate to. The page is plain HTML
with every user value escaped, so it prints from any browser and no typed text can run.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from audit.campaigns.model import Campaign, Channel
from audit.i18n import t
from audit.models import Asset, Engagement

# Longest public reply a platform accepts, in characters (from each platform's help pages).
REPLY_LIMITS = {
    "x": 280,  # X Help, "Counting characters" (non-Premium accounts)
    "threads": 500,  # Threads Help Center, "Post on Threads"
    "tiktok": 150,  # TikTok comments, as the comment box enforces
    "instagram": 2200,  # Instagram Help Center: captions and comments
    "linkedin": 1250,  # LinkedIn Help, comments on posts
    "facebook": 8000,  # Facebook comment box limit
    "youtube": 10000,  # YouTube comment box limit
    "telegram": 4096,  # Telegram Bot API, sendMessage text
    "play_store": 350,  # Play Console Help, "Reply to reviews"
    "google_business": 4096,  # Google Business Profile Help, "Reply to reviews"
}
KINDS_WITH_NOTES = ("social", "messaging", "listing", "email", "website")


@dataclass(frozen=True)
class BriefPack:
    text: str  # ready to paste into WhatsApp (*bold*, bullets, no HTML)
    html: str  # a printable page
    filename: str  # suggested file name for the page


def _dates(campaign: Campaign, lang: str) -> str:
    end = campaign.end.isoformat() if campaign.end else t("campaigns.pack.open_end", lang)
    return t("campaigns.pack.dates_value", lang, launch=campaign.launch.isoformat(), end=end)


def _tone(asset: Asset | None, lang: str) -> list[str]:
    """Tone notes for the channel: its reply limit, then the do's and don'ts of its kind."""
    notes = []
    if asset is not None and asset.platform in REPLY_LIMITS:
        notes.append(t("campaigns.pack.limit", lang, limit=f"{REPLY_LIMITS[asset.platform]:,}"
                       .replace(",", "." if lang == "id" else ",")))
    kind = asset.kind if asset is not None and asset.kind in KINDS_WITH_NOTES else "social"
    notes += [t(f"campaigns.tone.{kind}.{n}", lang) for n in ("do", "dont", "private")]
    return notes


def _escalation(campaign: Campaign, lang: str) -> str:
    return campaign.escalation or campaign.owner or t("campaigns.pack.no_escalation", lang)


def brief_pack(campaign: Campaign, channel: Channel, asset: Asset | None,
               engagement: Engagement, lang: str) -> BriefPack:
    """The brief pack of `channel` for `campaign`, in `lang`."""
    client = engagement.client or engagement.name
    tone = _tone(asset, lang)
    faq = [(f.question, f.answer or t("campaigns.pack.awaiting_answer", lang))
           for f in campaign.faq]
    messages = campaign.key_messages or [t("campaigns.pack.no_messages", lang)]

    lines = [f"*{t('campaigns.pack.title', lang, name=campaign.name)}*", client,
             f"{t('campaigns.pack.channel', lang)}: {channel.label_in(lang)}",
             f"{t('campaigns.pack.holder', lang)}: {channel.holder or '-'}",
             f"{t('campaigns.field.dates', lang)}: {_dates(campaign, lang)}"]
    if campaign.agency:
        lines.append(f"{t('campaigns.pack.agency', lang)}: {campaign.agency}")
    lines += ["", f"*{t('campaigns.pack.messages', lang)}*", *(f"• {m}" for m in messages)]
    lines += ["", f"*{t('campaigns.pack.faq', lang)}*"]
    if not faq:
        lines.append(t("campaigns.pack.no_faq", lang))
    for number, (question, answer) in enumerate(faq, 1):
        lines += [f"{number}. {question}", f"   → {answer}"]
    lines += ["", f"*{t('campaigns.pack.tone', lang)}*", *(f"• {n}" for n in tone), "",
              f"*{t('campaigns.pack.escalate', lang)}*: {_escalation(campaign, lang)}", "",
              t("campaigns.pack.acknowledge", lang)]
    text = "\n".join(lines)
    return BriefPack(text, _page(campaign, channel, client, messages, faq, tone, lang),
                     f"brief-{campaign.id}-{channel.asset_id}.html")


def _page(campaign: Campaign, channel: Channel, client: str, messages: list[str],
          faq: list[tuple[str, str]], tone: list[str], lang: str) -> str:
    e = html.escape

    def items(values: list[str]) -> str:
        return "".join(f"<li>{e(v)}</li>" for v in values)

    facts = [(t("campaigns.pack.channel", lang), channel.label_in(lang)),
             (t("campaigns.pack.holder", lang), channel.holder or "-"),
             (t("campaigns.field.dates", lang), _dates(campaign, lang))]
    if campaign.agency:
        facts.append((t("campaigns.pack.agency", lang), campaign.agency))
    facts.append((t("campaigns.pack.escalate", lang), _escalation(campaign, lang)))
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    answers = "".join(f"<dt>{e(q)}</dt><dd>{e(a)}</dd>" for q, a in faq) or \
        f"<p>{e(t('campaigns.pack.no_faq', lang))}</p>"
    title = t("campaigns.pack.title", lang, name=campaign.name)
    return f"""<!doctype html>
<html lang="{e(lang)}"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; color: #1f2933; max-width: 46em;
       margin: 2em auto; line-height: 1.45; }}
h1 {{ color: #1F3A5F; font-size: 1.5em; margin-bottom: 0; }}
h2 {{ color: #1F3A5F; font-size: 1.1em; border-bottom: 1px solid #E8EEF5; margin-top: 1.4em; }}
table {{ border-collapse: collapse; }} th {{ text-align: left; padding-right: 1.5em; }}
dt {{ font-weight: bold; margin-top: .6em; }} dd {{ margin-left: 1.2em; }}
.client {{ color: #52606d; margin-top: .2em; }}
</style></head><body>
<h1>{e(title)}</h1><p class="client">{e(client)}</p>
<table>{rows}</table>
<h2>{e(t("campaigns.pack.messages", lang))}</h2><ul>{items(messages)}</ul>
<h2>{e(t("campaigns.pack.faq", lang))}</h2><dl>{answers}</dl>
<h2>{e(t("campaigns.pack.tone", lang))}</h2><ul>{items(tone)}</ul>
<p>{e(t("campaigns.pack.acknowledge", lang))}</p>
</body></html>
"""
