"""Attested checks over the inventory row: ownership, coordination, account access, activity.

Every value here is typed by people (the client's team or the consultant), so an
answer left `unknown` scores 0: not knowing whether 2FA is on is itself a gap.
Which assets they apply to:
- governance (owner, backup, briefing, monitoring, response target): every asset, because
  someone must own the website and the mail domain as much as the Instagram account;
- access (2FA, shared login, admins, recovery contact): every asset too (CHECKS.md Access):
  a social account is its own login, a website is run through its domain-registrar, hosting
  and CMS logins, an email domain through its mail admin console, and a hijacked registrar
  login is a crisis of its own. Findings and their titles name those logins for a website or
  a mail domain (CheckSpec.kind_titles);
- for an email domain, the briefing and monitoring checks speak of its public mailboxes
  (cs@, info@), the part of a mail domain the public writes to;
- activity: social accounts and listings (a shop's last product update); a messaging number
  has no posts. Verified badge: social accounts, the only kind that shows one.
"""

from __future__ import annotations

from collections.abc import Mapping
from email.utils import parseaddr
from urllib.parse import urlsplit

from audit.models import Asset
from checks.base import (
    CheckSpec,
    Context,
    Evaluate,
    Facts,
    Outcome,
    Text,
    as_day,
    as_number,
    as_str,
    for_asset,
    tr,
    tristate,
)

SOCIAL = frozenset({"social"})
ACTIVE_KINDS = frozenset({"social", "listing"})  # kinds with posts or product updates
# Asset kinds whose access and governance findings name what the check is about for them
# (the logins behind a website, a mail domain's console or mailboxes); other kinds are
# accounts and keep the plain reason codes.
WORDED_KINDS = ("website", "email")
# Activity (CHECKS.md): a quarter without posts is normal; a year means dormant.
ACTIVE_DAYS = 90
DORMANT_DAYS = 365
RESPONSE_SLA_HOURS = 24  # CHECKS.md: answer within a day
# Admins (CHECKS.md): one admin is a single point of failure; more than ten is untracked access.
ADMINS_MIN = 2
ADMINS_MAX = 10
# Free personal mailbox providers: a recovery address there belongs to one person, not the
# organisation (CHECKS.md gov.recovery_contact). Domains common in Indonesia included.
PERSONAL_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "rocketmail.com",
    "hotmail.com", "hotmail.co.id", "outlook.com", "outlook.co.id", "live.com", "msn.com",
    "icloud.com", "me.com", "mac.com", "protonmail.com", "proton.me", "pm.me", "aol.com",
    "gmx.com", "mail.com", "zoho.com", "yandex.com", "tutanota.com",
})


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _where(asset: Asset) -> str:
    """The asset as a finding names it: a website's host, a mail domain, else its name."""
    if asset.kind == "website":
        url = as_str(asset.url) or as_str(asset.handle)
        try:
            host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
        except ValueError:
            host = ""
        return host or as_str(asset.name)
    if asset.kind == "email":
        return as_str(asset.handle).lstrip("@").split("@")[-1] or as_str(asset.name)
    return as_str(asset.name) or as_str(asset.handle) or asset.asset_id


def _reason(check_id: str, asset: Asset, outcome: str, worded: tuple[str, ...]) -> str:
    """<id>.<outcome> for an account; <id>.<kind>.<outcome> for a kind with its own words."""
    kind = asset.kind if asset.kind in worded else ""
    return f"{check_id}.{kind}.{outcome}" if kind else f"{check_id}.{outcome}"


def _worded(check_id: str, outcome: str, en: str, id_: str,
            phrases: Mapping[str, tuple[str, str]]) -> dict[str, Text]:
    """The reasons <id>.<kind>.<outcome> of every worded kind: `en` / `id_` with {what}
    replaced by the kind's phrase (which keeps {where} for the asset's name)."""
    return {f"{check_id}.{kind}.{outcome}": tr(en.replace("{what}", phrase_en),
                                               id_.replace("{what}", phrase_id))
            for kind, (phrase_en, phrase_id) in phrases.items()}


# What the access columns are about for each worded kind (CHECKS.md Access).
LOGINS: Mapping[str, tuple[str, str]] = {
    "website": ("the registrar, hosting and CMS logins of {where}",
                "login registrar, hosting, dan CMS {where}"),
    "email": ("the mail admin console of {where}", "konsol admin email {where}"),
}
# What briefing and monitoring are about for an email domain: its public mailboxes.
MAILBOXES: Mapping[str, tuple[str, str]] = {
    "email": ("the public mailboxes of {where} (cs@, info@)",
              "kotak masuk publik {where} (cs@, info@)"),
}


def _kind_titles(en: str, id_: str, phrases: Mapping[str, tuple[str, str]]) -> dict[str, Text]:
    """A title per worded kind: `en` / `id_` with {what} replaced by the kind's phrase, which
    keeps {where} for the asset's name (CheckSpec.title_for fills it)."""
    return {kind: tr(en.replace("{what}", phrase_en), id_.replace("{what}", phrase_id))
            for kind, (phrase_en, phrase_id) in phrases.items()}


def _yes_no(check_id: str, field: str, when_yes: str, when_no: str,
            worded: tuple[str, ...] = ()) -> Evaluate:
    """A yes/no/unknown inventory field judged as it stands; reasons are <id>.yes/.no/.unknown
    (<id>.<kind>.yes... for the `worded` kinds)."""

    @for_asset
    def evaluate(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
        if not as_str(getattr(asset, field, "")).strip():  # blank, not "don't know"
            return Outcome("unknown", "attested.blank", {"value": "", "where": _where(asset)})
        value = tristate(getattr(asset, field, ""))
        status = {"yes": when_yes, "no": when_no}.get(value, "unknown")
        return Outcome(status, _reason(check_id, asset, value, worded),
                       {"value": value, "where": _where(asset)})

    evaluate.__name__ = f"_{field}"
    return evaluate


# -- governance ----------------------------------------------------------------------------


@for_asset
def _owner(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    owner = as_str(asset.owner).strip()
    if not owner:
        return Outcome("fail", "gov.owner.blank", {})
    return Outcome("pass", "gov.owner.named", {"owner": owner})


OWNER = CheckSpec(
    id="gov.owner",
    dimension="governance",
    severity="critical",
    attested=True,
    evaluate=_owner,
    title=tr("Owner is named", "PIC aset ditunjuk"),
    why=tr(
        "In the first hour of a crisis someone must be able to post, correct or lock this "
        "channel; if nobody owns it, nobody acts.",
        "Pada jam pertama krisis harus ada orang yang bisa mengunggah, mengoreksi, atau "
        "mengunci kanal ini; tanpa PIC yang jelas, tidak ada yang bergerak."),
    fix=tr(
        "Name one person (a role, not an agency) accountable for this asset and record their "
        "contact in the inventory.",
        "Tunjuk satu orang (berdasarkan jabatan, bukan agensi) yang bertanggung jawab atas aset "
        "ini dan catat kontaknya di inventaris."),
    reasons={
        "gov.owner.named": tr("Owner: {owner}.", "PIC: {owner}."),
        "gov.owner.blank": tr("No owner is named.", "Belum ada PIC yang ditunjuk."),
    },
)


@for_asset
def _backup_owner(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    backup, owner = as_str(asset.backup_owner).strip(), as_str(asset.owner).strip()
    values = {"backup": backup, "owner": owner}
    if not backup:
        return Outcome("fail", "gov.backup_owner.blank", values)
    if _same_person(backup, owner):
        return Outcome("warn", "gov.backup_owner.same_as_owner", values)
    return Outcome("pass", "gov.backup_owner.named", values)


BACKUP_OWNER = CheckSpec(
    id="gov.backup_owner",
    dimension="governance",
    severity="high",
    attested=True,
    evaluate=_backup_owner,
    title=tr("Backup owner is named", "PIC cadangan ditunjuk"),
    why=tr(
        "Crises do not wait for the owner to come back from leave; a backup who already has "
        "access keeps the channel answering.",
        "Krisis tidak menunggu PIC kembali dari cuti; PIC cadangan yang sudah punya akses "
        "memastikan kanal tetap merespons."),
    fix=tr(
        "Name a second person, different from the owner, give them their own access and "
        "record them in the inventory.",
        "Tunjuk orang kedua yang berbeda dari PIC, berikan akses atas namanya sendiri, dan "
        "catat di inventaris."),
    reasons={
        "gov.backup_owner.named": tr("Backup owner: {backup}.", "PIC cadangan: {backup}."),
        "gov.backup_owner.same_as_owner": tr(
            "The backup owner is the owner ({owner}).",
            "PIC cadangan sama dengan PIC-nya ({owner})."),
        "gov.backup_owner.blank": tr("No backup owner is named.",
                                     "Belum ada PIC cadangan yang ditunjuk."),
    },
)


CAMPAIGN_BRIEFED = CheckSpec(
    id="gov.campaign_briefed",
    dimension="governance",
    severity="high",
    attested=True,
    evaluate=_yes_no("gov.campaign_briefed", "campaign_briefed", "pass", "fail",
                     tuple(MAILBOXES)),
    title=tr("Channel holder is briefed before campaigns",
             "Pengelola kanal mendapat brief sebelum kampanye"),
    kind_titles=_kind_titles("Whoever answers {what} is briefed before campaigns",
                             "Yang menjawab {what} mendapat brief sebelum kampanye", MAILBOXES),
    why=tr(
        "A channel holder who first hears of a campaign from angry followers guesses, and a "
        "wrong or rude guess is what goes viral.",
        "Pengelola kanal yang baru tahu soal kampanye dari pengikut yang marah akan menebak-"
        "nebak, dan jawaban yang keliru atau ketus itulah yang viral."),
    fix=tr(
        "Add this channel's holder to the campaign brief distribution list, with the key "
        "messages, FAQ and escalation contact, before every launch.",
        "Masukkan pengelola kanal ini ke daftar penerima brief kampanye, lengkap dengan pesan "
        "kunci, FAQ, dan kontak eskalasi, sebelum setiap peluncuran."),
    reasons={
        "gov.campaign_briefed.yes": tr("The holder is briefed before campaigns.",
                                       "Pengelola kanal mendapat brief sebelum kampanye."),
        "gov.campaign_briefed.no": tr("The holder is not briefed before campaigns.",
                                      "Pengelola kanal tidak mendapat brief sebelum kampanye."),
        "gov.campaign_briefed.unknown": tr(
            "Nobody knows whether the holder is briefed before campaigns.",
            "Belum diketahui apakah pengelola kanal mendapat brief sebelum kampanye."),
        **_worded("gov.campaign_briefed", "yes",
                  "Whoever answers {what} is briefed before campaigns.",
                  "Yang menjawab {what} mendapat brief sebelum kampanye.", MAILBOXES),
        **_worded("gov.campaign_briefed", "no",
                  "Whoever answers {what} is not briefed before campaigns.",
                  "Yang menjawab {what} tidak mendapat brief sebelum kampanye.", MAILBOXES),
        **_worded("gov.campaign_briefed", "unknown",
                  "Nobody knows whether whoever answers {what} is briefed before campaigns.",
                  "Belum diketahui apakah yang menjawab {what} mendapat brief sebelum kampanye.",
                  MAILBOXES),
    },
)


MONITORED = CheckSpec(
    id="gov.monitored",
    dimension="governance",
    severity="medium",
    attested=True,
    evaluate=_yes_no("gov.monitored", "monitored", "pass", "fail", tuple(MAILBOXES)),
    title=tr("Inbox and mentions are monitored", "Kotak masuk dan mention dipantau"),
    kind_titles=_kind_titles("Someone monitors {what}", "Pemantauan {what}", MAILBOXES),
    why=tr(
        "Most crises start as a complaint in a channel nobody reads; catching it early is "
        "the cheapest fix there is.",
        "Sebagian besar krisis berawal dari keluhan di kanal yang tidak dibaca siapa pun; "
        "menangkapnya lebih awal adalah cara termurah untuk meredamnya."),
    fix=tr(
        "Assign someone to read this channel's inbox, comments and mentions every working "
        "day, with notifications outside office hours.",
        "Tugaskan seseorang untuk membaca kotak masuk, komentar, dan mention kanal ini setiap "
        "hari kerja, dengan notifikasi (alert) di luar jam kerja."),
    reasons={
        "gov.monitored.yes": tr("Inbox and mentions are monitored.",
                                "Kotak masuk dan mention dipantau."),
        "gov.monitored.no": tr("Nobody monitors the inbox and mentions.",
                               "Tidak ada yang memantau kotak masuk dan mention."),
        "gov.monitored.unknown": tr("Nobody knows whether the inbox and mentions are monitored.",
                                    "Belum diketahui apakah kotak masuk dan mention dipantau."),
        **_worded("gov.monitored", "yes", "Someone reads {what}.",
                  "Ada yang membaca {what}.", MAILBOXES),
        **_worded("gov.monitored", "no", "Nobody reads {what}.",
                  "Tidak ada yang membaca {what}.", MAILBOXES),
        **_worded("gov.monitored", "unknown", "Nobody knows whether anyone reads {what}.",
                  "Belum diketahui apakah ada yang membaca {what}.", MAILBOXES),
    },
)


@for_asset
def _response_sla(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    hours = as_number(asset.response_sla_hours)
    values = {"hours": hours, "target": RESPONSE_SLA_HOURS}
    if hours is None or hours < 0:
        return Outcome("unknown", "gov.response_sla.blank", values)
    values["hours"] = int(hours) if float(hours).is_integer() else hours
    if hours <= RESPONSE_SLA_HOURS:
        return Outcome("pass", "gov.response_sla.ok", values)
    return Outcome("warn", "gov.response_sla.slow", values)


RESPONSE_SLA = CheckSpec(
    id="gov.response_sla",
    dimension="governance",
    severity="low",
    attested=True,
    evaluate=_response_sla,
    title=tr("Response target within 24 hours", "Target respons maksimal 24 jam"),
    why=tr(
        "On social media a day without an answer reads as indifference, and the silence "
        "becomes part of the story.",
        "Di media sosial, sehari tanpa jawaban dibaca sebagai ketidakpedulian, dan sikap diam "
        "itu ikut menjadi bagian dari pemberitaan."),
    fix=tr(
        "Set and publish a response target of 24 hours or less for this channel, and staff "
        "it, including weekends.",
        "Tetapkan dan umumkan target respons maksimal 24 jam untuk kanal ini, lalu siapkan "
        "petugasnya, termasuk di akhir pekan."),
    reasons={
        "gov.response_sla.ok": tr("Response target: {hours:hour|hours}.",
                                  "Target respons: {hours} jam."),
        "gov.response_sla.slow": tr("Response target is {hours:hour|hours} (more than {target}).",
                                    "Target respons {hours} jam (lebih dari {target} jam)."),
        "gov.response_sla.blank": tr("No response target is recorded.",
                                     "Target respons belum dicatat."),
    },
)


# -- access --------------------------------------------------------------------------------


TWO_FACTOR = CheckSpec(
    id="gov.two_factor",
    dimension="access",
    severity="critical",
    attested=True,
    evaluate=_yes_no("gov.two_factor", "two_factor", "pass", "fail", WORDED_KINDS),
    title=tr("Two-factor authentication (2FA) is on for every login",
             "Autentikasi dua faktor (2FA) aktif di setiap login"),
    kind_titles=_kind_titles("2FA on {what}", "2FA aktif di {what}", LOGINS),
    why=tr(
        "A hijacked account posting in your name is a crisis of its own; 2FA stops most "
        "takeovers that start with a leaked or guessed password.",
        "Akun yang dibajak lalu mengunggah atas nama Anda adalah krisis tersendiri; 2FA "
        "menangkal sebagian besar pembajakan yang berawal dari kata sandi bocor atau tertebak."),
    fix=tr(
        "Turn on 2FA with an authenticator app or security key (not SMS where avoidable) for "
        "every admin: of the account itself, and for a website of its domain-registrar, "
        "hosting and CMS logins, for an email domain of its mail admin console. Keep the "
        "backup codes in the company password manager.",
        "Aktifkan 2FA dengan aplikasi autentikator atau kunci keamanan (hindari SMS jika "
        "bisa) untuk setiap admin: di akun itu sendiri, dan untuk situs web di login "
        "registrar domain, hosting, dan CMS-nya, untuk domain email di konsol admin "
        "emailnya. Simpan kode cadangannya di password manager perusahaan."),
    reasons={
        "gov.two_factor.yes": tr("2FA is on.", "2FA sudah aktif."),
        "gov.two_factor.no": tr("2FA is off.", "2FA belum aktif."),
        "gov.two_factor.unknown": tr("Nobody knows whether 2FA is on.",
                                     "Belum diketahui apakah 2FA aktif."),
        **_worded("gov.two_factor", "yes", "2FA is on for {what}.",
                  "2FA sudah aktif di {what}.", LOGINS),
        **_worded("gov.two_factor", "no", "2FA is off for {what}.",
                  "2FA belum aktif di {what}.", LOGINS),
        **_worded("gov.two_factor", "unknown", "Nobody knows whether 2FA is on for {what}.",
                  "Belum diketahui apakah 2FA aktif di {what}.", LOGINS),
    },
)


SHARED_LOGIN = CheckSpec(
    id="gov.shared_login",
    dimension="access",
    severity="critical",
    attested=True,
    evaluate=_yes_no("gov.shared_login", "shared_login", "fail", "pass", WORDED_KINDS),
    title=tr("No shared personal login", "Setiap admin memakai login sendiri"),
    kind_titles=_kind_titles("No personal login shared among {what}",
                             "Setiap admin memakai login sendiri untuk {what}", LOGINS),
    why=tr(
        "When several people use one person's login, nobody can tell who posted what, and "
        "the account leaves with that person.",
        "Jika beberapa orang memakai login milik satu orang, tidak ada yang tahu siapa "
        "mengunggah apa, dan akun ikut pergi bersama orang itu."),
    fix=tr(
        "Give each admin their own login through the platform's business tools (Meta "
        "Business Suite, LinkedIn page admins...), the registrar's and host's team accounts "
        "or the mail console's admin roles, and change the shared password.",
        "Berikan setiap admin login sendiri lewat fitur bisnis platform (Meta Business Suite, "
        "admin halaman LinkedIn, dan sebagainya), akun tim di registrar dan hosting, atau "
        "peran admin di konsol email, lalu ganti kata sandi yang selama ini dipakai "
        "bersama."),
    reasons={
        "gov.shared_login.no": tr("Admins use their own logins.",
                                  "Setiap admin memakai login sendiri."),
        "gov.shared_login.yes": tr("Several people share one personal login.",
                                   "Beberapa orang memakai satu login pribadi bersama-sama."),
        "gov.shared_login.unknown": tr("Nobody knows whether a personal login is shared.",
                                       "Belum diketahui apakah ada login pribadi yang dipakai "
                                       "bersama."),
        **_worded("gov.shared_login", "no", "Admins use their own logins for {what}.",
                  "Setiap admin memakai login sendiri untuk {what}.", LOGINS),
        **_worded("gov.shared_login", "yes",
                  "Several people share one personal login for {what}.",
                  "Beberapa orang memakai satu login pribadi bersama-sama untuk {what}.",
                  LOGINS),
        **_worded("gov.shared_login", "unknown",
                  "Nobody knows whether a personal login is shared for {what}.",
                  "Belum diketahui apakah ada login pribadi yang dipakai bersama untuk {what}.",
                  LOGINS),
    },
)


@for_asset
def _admins(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    def reason(outcome: str) -> str:
        return _reason("gov.admins", asset, outcome, WORDED_KINDS)

    number = as_number(asset.admins)
    if number is None or number < 0:
        return Outcome("unknown", reason("blank"), {"where": _where(asset)})
    values = {"admins": int(number), "min": ADMINS_MIN, "max": ADMINS_MAX,
              "where": _where(asset)}
    if number == 0:
        return Outcome("fail", reason("none"), values)
    if number < ADMINS_MIN:
        return Outcome("warn", reason("single"), values)
    if number > ADMINS_MAX:
        return Outcome("warn", reason("too_many"), values)
    return Outcome("pass", reason("ok"), values)


ADMINS = CheckSpec(
    id="gov.admins",
    dimension="access",
    severity="low",
    attested=True,
    evaluate=_admins,
    title=tr("Number of admins", "Jumlah admin"),
    kind_titles=_kind_titles("Number of admins of {what}", "Jumlah admin {what}", LOGINS),
    why=tr(
        "With one admin the account is locked when that person is away; with many, nobody "
        "knows who could have posted.",
        "Dengan satu admin, akun terkunci saat orang itu berhalangan; dengan terlalu banyak "
        "admin, tidak ada yang tahu siapa yang mungkin mengunggah."),
    fix=tr(
        "Keep between 2 and 10 named admins: add a second one, or remove people and agencies "
        "who no longer need access.",
        "Pastikan jumlah admin 2–10 orang dan semuanya tercatat namanya: tambahkan admin "
        "kedua, atau cabut akses orang dan agensi yang sudah tidak memerlukannya."),
    reasons={
        "gov.admins.ok": tr("{admins} admins.", "{admins} admin."),
        "gov.admins.single": tr("Only {admins} admin: a single point of failure.",
                                "Hanya {admins} admin: titik kegagalan tunggal."),
        "gov.admins.too_many": tr("{admins} admins (more than {max}): access is hard to track.",
                                  "{admins} admin (lebih dari {max}): akses sulit dilacak."),
        "gov.admins.none": tr("No admin: nobody can act on this account.",
                              "Tidak ada admin: tidak ada yang bisa bertindak di akun ini."),
        "gov.admins.blank": tr("The number of admins is not recorded.",
                               "Jumlah admin belum dicatat."),
        **_worded("gov.admins", "ok", "{admins} admins of {what}.",
                  "{admins} admin di {what}.", LOGINS),
        **_worded("gov.admins", "single", "Only {admins} admin of {what}: a single point of "
                  "failure.", "Hanya {admins} admin di {what}: titik kegagalan tunggal.",
                  LOGINS),
        **_worded("gov.admins", "too_many", "{admins} admins of {what} (more than {max}): "
                  "access is hard to track.", "{admins} admin di {what} (lebih dari {max}): "
                  "akses sulit dilacak.", LOGINS),
        **_worded("gov.admins", "none", "No admin of {what}: nobody can act on it.",
                  "Tidak ada admin di {what}: tidak ada yang bisa bertindak.", LOGINS),
        **_worded("gov.admins", "blank", "The number of admins of {what} is not recorded.",
                  "Jumlah admin di {what} belum dicatat.", LOGINS),
    },
)


def _on_domain(domain: str, owned: frozenset[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in owned)


@for_asset
def _recovery_contact(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    def reason(outcome: str) -> str:
        return _reason("gov.recovery_contact", asset, outcome, WORDED_KINDS)

    contact = as_str(asset.recovery_contact).strip()
    if not contact:
        return Outcome("unknown", reason("blank"), {"where": _where(asset)})
    address = parseaddr(contact)[1] or contact
    domain = address.rpartition("@")[2].strip().lower().rstrip(".") if "@" in address else ""
    values = {"contact": contact, "domain": domain, "where": _where(asset)}
    if not domain:
        return Outcome("warn", reason("not_address"), values)
    owned = frozenset(d.strip().lower().rstrip(".") for d in ctx.own_domains if d.strip())
    if _on_domain(domain, owned):
        return Outcome("pass", reason("own_domain"), values)
    if domain in PERSONAL_MAIL_DOMAINS:
        return Outcome("fail", reason("personal"), values)
    return Outcome("warn", reason("other_domain"), values)


RECOVERY_CONTACT = CheckSpec(
    id="gov.recovery_contact",
    dimension="access",
    severity="high",
    attested=True,
    evaluate=_recovery_contact,
    title=tr("Recovery contact on the organisation's domain",
             "Kontak pemulihan memakai domain organisasi"),
    kind_titles=_kind_titles("Recovery contact on the organisation's domain for {what}",
                             "Kontak pemulihan {what} memakai domain organisasi", LOGINS),
    why=tr(
        "An account is recovered through its recovery address: whoever controls that address "
        "controls the account. A personal mailbox walks out of the door with its owner.",
        "Akun dipulihkan lewat alamat pemulihan: siapa yang menguasai alamat itu, dialah "
        "yang menguasai akunnya. Email pribadi ikut pergi bersama pemiliknya."),
    fix=tr(
        "Change the recovery email to a shared mailbox on the organisation's own domain (for "
        "example social@yourcompany.co.id) that at least two people can read.",
        "Ganti email pemulihan ke alamat email bersama di domain milik organisasi (misalnya "
        "social@perusahaan.co.id) yang bisa dibaca minimal dua orang."),
    reasons={
        "gov.recovery_contact.own_domain": tr(
            "Recovery contact {contact} is on the organisation's own domain.",
            "Kontak pemulihan {contact} memakai domain milik organisasi."),
        "gov.recovery_contact.personal": tr(
            "Recovery contact {contact} is a personal mailbox ({domain}).",
            "Kontak pemulihan {contact} adalah email pribadi ({domain})."),
        "gov.recovery_contact.other_domain": tr(
            "Recovery contact {contact} is on {domain}, which is not one of the organisation's "
            "domains (an agency's?).",
            "Kontak pemulihan {contact} memakai domain {domain}, bukan domain organisasi "
            "(milik agensi?)."),
        "gov.recovery_contact.not_address": tr(
            "Recovery contact {contact} is not an email address; make sure the organisation, "
            "not one person, holds it.",
            "Kontak pemulihan {contact} bukan alamat email; pastikan yang memegangnya "
            "organisasi, bukan perorangan."),
        "gov.recovery_contact.blank": tr("No recovery contact is recorded.",
                                         "Kontak pemulihan belum dicatat."),
        **_worded("gov.recovery_contact", "own_domain",
                  "Recovery contact {contact} of {what} is on the organisation's own domain.",
                  "Kontak pemulihan {contact} untuk {what} memakai domain milik organisasi.",
                  LOGINS),
        **_worded("gov.recovery_contact", "personal",
                  "Recovery contact {contact} of {what} is a personal mailbox ({domain}).",
                  "Kontak pemulihan {contact} untuk {what} adalah email pribadi ({domain}).",
                  LOGINS),
        **_worded("gov.recovery_contact", "other_domain",
                  "Recovery contact {contact} of {what} is on {domain}, which is not one of "
                  "the organisation's domains (an agency's?).",
                  "Kontak pemulihan {contact} untuk {what} memakai domain {domain}, bukan "
                  "domain organisasi (milik agensi?).", LOGINS),
        **_worded("gov.recovery_contact", "not_address",
                  "Recovery contact {contact} of {what} is not an email address; make sure "
                  "the organisation, not one person, holds it.",
                  "Kontak pemulihan {contact} untuk {what} bukan alamat email; pastikan yang "
                  "memegangnya organisasi, bukan perorangan.", LOGINS),
        **_worded("gov.recovery_contact", "blank",
                  "No recovery contact is recorded for {what}.",
                  "Kontak pemulihan untuk {what} belum dicatat.", LOGINS),
    },
)


# -- presence (attested) -------------------------------------------------------------------


@for_asset
def _activity(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    def reason(outcome: str) -> str:
        return _reason("gov.activity", asset, outcome, ("listing",))

    last_post = as_day(asset.last_post)
    if last_post is None:
        return Outcome("unknown", reason("blank"), {})
    days = (ctx.today - last_post).days
    values = {"date": last_post.isoformat(), "days": days}
    if days < 0:  # a date in the future is a typo, not activity
        return Outcome("unknown", reason("future"), values)
    if days <= ACTIVE_DAYS:
        return Outcome("pass", reason("active"), values)
    if days <= DORMANT_DAYS:
        return Outcome("warn", reason("quiet"), values)
    return Outcome("fail", reason("dormant"), values)


ACTIVITY = CheckSpec(
    id="gov.activity",
    dimension="presence",
    severity="medium",
    kinds=ACTIVE_KINDS,
    attested=True,
    evaluate=_activity,
    title=tr("Account activity", "Aktivitas akun"),
    why=tr(
        "Dormant accounts get hijacked and confuse followers, who cannot tell whether an "
        "old account still speaks for you.",
        "Akun yang terbengkalai rawan dibajak dan membingungkan pengikut, yang tidak tahu "
        "apakah akun lama itu masih mewakili Anda."),
    fix=tr(
        "Post on the account (or update the listing's products) at least once a quarter, or "
        "retire it: post a final notice and point its bio to the active account.",
        "Unggah konten (atau perbarui produk di listing) minimal sekali per kuartal, atau "
        "pensiunkan akunnya: unggah pengumuman terakhir dan arahkan bionya ke akun yang "
        "aktif."),
    reasons={
        "gov.activity.active": tr("Last post {days:day|days} ago ({date}).",
                                  "Unggahan terakhir {days} hari lalu ({date})."),
        "gov.activity.quiet": tr("Last post {days:day|days} ago ({date}).",
                                 "Unggahan terakhir {days} hari lalu ({date})."),
        "gov.activity.dormant": tr("Last post {days:day|days} ago ({date}): the account is "
                                   "dormant.",
                                   "Unggahan terakhir {days} hari lalu ({date}): akun "
                                   "terbengkalai."),
        "gov.activity.future": tr("The last post date {date} is in the future.",
                                  "Tanggal unggahan terakhir {date} ada di masa depan."),
        "gov.activity.blank": tr("The date of the last post is not recorded.",
                                 "Tanggal unggahan terakhir belum dicatat."),
        "gov.activity.listing.active": tr(
            "Last product update or post {days:day|days} ago ({date}).",
            "Pembaruan produk atau unggahan terakhir {days} hari lalu ({date})."),
        "gov.activity.listing.quiet": tr(
            "Last product update or post {days:day|days} ago ({date}).",
            "Pembaruan produk atau unggahan terakhir {days} hari lalu ({date})."),
        "gov.activity.listing.dormant": tr(
            "Last product update or post {days:day|days} ago ({date}): the listing looks "
            "abandoned.",
            "Pembaruan produk atau unggahan terakhir {days} hari lalu ({date}): listing "
            "tampak terbengkalai."),
        "gov.activity.listing.future": tr(
            "The last update date {date} is in the future.",
            "Tanggal pembaruan terakhir {date} ada di masa depan."),
        "gov.activity.listing.blank": tr(
            "The date of the last product update or post is not recorded.",
            "Tanggal pembaruan produk atau unggahan terakhir belum dicatat."),
    },
)


VERIFIED = CheckSpec(
    id="gov.verified",
    dimension="presence",
    severity="low",
    kinds=SOCIAL,
    attested=True,
    evaluate=_yes_no("gov.verified", "verified", "pass", "warn"),
    title=tr("Verified badge", "Lencana terverifikasi (centang biru)"),
    why=tr(
        "In a crisis impostor accounts appear within hours; a verified badge is how people "
        "tell which statement is really yours.",
        "Saat krisis, akun palsu bermunculan dalam hitungan jam; lencana terverifikasi "
        "membantu publik mengenali pernyataan yang benar-benar dari Anda."),
    fix=tr(
        "Apply for the platform's verification (Meta Verified, X verified organisations, "
        "YouTube and TikTok verification) with the company's documents.",
        "Ajukan verifikasi platform (Meta Verified, verifikasi organisasi di X, verifikasi "
        "YouTube dan TikTok) dengan dokumen perusahaan."),
    reasons={
        "gov.verified.yes": tr("The account carries a verified badge.",
                               "Akun sudah memiliki lencana terverifikasi."),
        "gov.verified.no": tr("The account is not verified.", "Akun belum terverifikasi."),
        "gov.verified.unknown": tr("Nobody knows whether the account is verified.",
                                   "Belum diketahui apakah akun sudah terverifikasi."),
    },
)


CHECKS: tuple[CheckSpec, ...] = (
    OWNER, BACKUP_OWNER, CAMPAIGN_BRIEFED, MONITORED, RESPONSE_SLA,
    TWO_FACTOR, SHARED_LOGIN, ADMINS, RECOVERY_CONTACT,
    ACTIVITY, VERIFIED,
)
