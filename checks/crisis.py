"""The crisis-preparedness questionnaire as data: one organisation-level check per question.

The title is the question as put to the client, `why` is the help text shown beside it,
`fix` is the remediation. Answers come from ctx.answers (the intake template's
Questionnaire sheet, `siaga audit --answers`, or the app): yes = pass, partial = warn,
no = fail, don't know or no answer = unknown, which the scorer counts as 0 (attested).
"""

from __future__ import annotations

from typing import Any

from audit.models import Asset
from checks.base import CheckSpec, Context, Evaluate, Facts, Outcome, Text, as_str, tr

ANSWER_STATUS = {"yes": "pass", "partial": "warn", "no": "fail", "unknown": "unknown"}
SIMULATION = "crisis.simulation"
DRILL_VALID_DAYS = 365  # "in the last 12 months"


def _field(answer: Any, name: str) -> Any:
    """A field of an Answer (or of a plain dict, as replayed from JSON)."""
    if isinstance(answer, dict):
        return answer.get(name)
    return getattr(answer, name, None)


def _evaluate(question_id: str) -> Evaluate:
    """Judge one question from the engagement's answers."""

    def evaluate(facts: Facts, asset: Asset | None, ctx: Context) -> Outcome:
        if question_id == SIMULATION:
            drill = recent_drill(ctx)
            if drill:
                return Outcome("pass", f"{SIMULATION}.drill",
                               {"title": drill[0], "date": drill[1].isoformat(),
                                "verified": True})
        answer = ctx.answers.get(question_id)
        if answer is None:
            return Outcome("unknown", f"{question_id}.unanswered", {"answer": ""})
        value = as_str(_field(answer, "answer")).strip().lower()
        values = {"answer": value, "note": as_str(_field(answer, "note")),
                  "evidence": as_str(_field(answer, "evidence")),
                  "verified": _field(answer, "verified") is True}
        if value not in ANSWER_STATUS:
            return Outcome("unknown", f"{question_id}.unanswered", values)
        return Outcome(ANSWER_STATUS[value], f"{question_id}.{value}", values)

    evaluate.__name__ = "_" + question_id.replace(".", "_")
    return evaluate


def recent_drill(ctx: Context) -> tuple[str, Any] | None:
    """The latest drill closed within the last 12 months of the run's day, if any."""
    recent = [d for d in ctx.drills if 0 <= (ctx.today - d[1]).days <= DRILL_VALID_DAYS]
    return max(recent, key=lambda d: d[1]) if recent else None


def _reasons(question_id: str) -> dict[str, Text]:
    if question_id == SIMULATION:
        return {**_answer_reasons(question_id), f"{SIMULATION}.drill": tr(
            "Drill \"{title}\" closed on {date} (recorded in Siaga: verified evidence).",
            "Simulasi \"{title}\" ditutup pada {date} (tercatat di Siaga: bukti terverifikasi).")}
    return _answer_reasons(question_id)


def _answer_reasons(question_id: str) -> dict[str, Text]:
    return {
        f"{question_id}.yes": tr("Answered yes.", "Dijawab ya."),
        f"{question_id}.partial": tr("Answered partly.", "Dijawab sebagian."),
        f"{question_id}.no": tr("Answered no.", "Dijawab tidak."),
        f"{question_id}.unknown": tr("Answered \"don't know\".", "Dijawab tidak tahu."),
        f"{question_id}.unanswered": tr("Not answered yet.", "Belum dijawab."),
    }


def _question(question_id: str, severity: str, question: Text, why: Text, fix: Text
              ) -> CheckSpec:
    return CheckSpec(id=question_id, dimension="crisis", severity=severity, title=question,
                     why=why, fix=fix, reasons=_reasons(question_id),
                     evaluate=_evaluate(question_id), attested=True, scope="organization")


QUESTIONS: tuple[CheckSpec, ...] = (
    _question(
        "crisis.playbook", "critical",
        tr("A written crisis-communication playbook exists and was reviewed in the last "
           "12 months.",
           "Ada pedoman komunikasi krisis (playbook) tertulis yang ditinjau ulang dalam 12 bulan "
           "terakhir."),
        tr("In the first hour there is no time to decide who speaks, who approves and what to "
           "say; a playbook decides it in advance so the team acts instead of arguing.",
           "Pada jam pertama tidak ada waktu untuk memutuskan siapa yang bicara, siapa yang "
           "menyetujui, dan apa yang disampaikan; pedoman sudah memutuskannya sejak awal "
           "sehingga tim langsung bertindak, bukan berdebat."),
        tr("Write a short playbook (roles, escalation, approval, holding statements, channel "
           "list), have leadership sign it off and review it every year.",
           "Susun pedoman singkat (peran, eskalasi, persetujuan, pernyataan awal, daftar "
           "kanal), minta pimpinan mengesahkannya, dan tinjau ulang setiap tahun."),
    ),
    _question(
        "crisis.escalation", "critical",
        tr("Every channel has an escalation path with contacts reachable 24/7.",
           "Setiap kanal memiliki jalur eskalasi dengan kontak yang bisa dihubungi 24/7."),
        tr("Crises break at night and at weekends; the admin who sees the first angry post "
           "must know whom to call, and that person must pick up.",
           "Krisis sering meledak pada malam hari atau akhir pekan; admin yang pertama melihat "
           "unggahan bernada marah harus tahu siapa yang harus dihubungi, dan orang itu harus "
           "mengangkat teleponnya."),
        tr("For every channel write down who to call first, second and third, with phone "
           "numbers, and test the chain once a quarter.",
           "Untuk setiap kanal, catat siapa yang harus dihubungi pertama, kedua, dan ketiga "
           "beserta nomor teleponnya, lalu uji rantai itu setiap kuartal."),
    ),
    _question(
        "crisis.holding_statements", "high",
        tr("Pre-approved holding statements and reply templates exist.",
           "Tersedia pernyataan awal (holding statement) dan templat balasan yang sudah "
           "disetujui."),
        tr("A calm first statement within the hour buys time to find the facts; drafting one "
           "from scratch under pressure is how mistakes get posted.",
           "Pernyataan awal yang tenang dalam satu jam memberi waktu untuk mengumpulkan "
           "fakta; menyusunnya dari nol di bawah tekanan justru membuka peluang salah ucap."),
        tr("Prepare and approve a handful of holding statements and reply templates for the "
           "likely scenarios (service outage, product complaint, staff misconduct, data leak).",
           "Siapkan dan sahkan beberapa pernyataan awal dan templat balasan untuk skenario "
           "yang paling mungkin (gangguan layanan, keluhan produk, pelanggaran oleh karyawan, "
           "kebocoran data)."),
    ),
    _question(
        "crisis.approval_flow", "high",
        tr("A public response can be approved within one hour.",
           "Tanggapan publik bisa disetujui dalam waktu satu jam."),
        tr("On social media a story sets within hours; a reply stuck in approval for a day "
           "arrives after people have made up their minds.",
           "Di media sosial, sebuah narasi terbentuk dalam hitungan jam; tanggapan yang "
           "tertahan di meja persetujuan seharian datang setelah publik punya kesimpulan "
           "sendiri."),
        tr("Agree who can approve a crisis response (with deputies), what they may approve "
           "alone, and how to reach them within the hour.",
           "Sepakati siapa yang berwenang menyetujui tanggapan krisis (beserta wakilnya), apa "
           "yang boleh mereka setujui sendiri, dan cara menghubungi mereka dalam satu jam."),
    ),
    _question(
        "crisis.spokesperson", "medium",
        tr("Named, trained spokespeople exist.",
           "Ada juru bicara yang ditunjuk dan sudah terlatih."),
        tr("An untrained spokesperson under pressure from cameras can turn a manageable issue "
           "into the story itself.",
           "Juru bicara yang belum terlatih bisa mengubah masalah yang masih terkendali "
           "menjadi berita utama ketika berhadapan dengan kamera."),
        tr("Name a main spokesperson and a deputy, give them media training, and brief them "
           "on the key messages.",
           "Tunjuk juru bicara utama dan wakilnya, berikan pelatihan media, dan bekali mereka "
           "dengan pesan-pesan kunci."),
    ),
    _question(
        "crisis.listening", "high",
        tr("Social listening with alerts outside office hours is in place.",
           "Ada social listening dengan notifikasi (alert) di luar jam kerja."),
        tr("The gap between a complaint and a crisis is often a few hours; listening with "
           "after-hours alerts tells you before the press does.",
           "Jarak antara keluhan dan krisis sering hanya beberapa jam; social listening dengan "
           "notifikasi (alert) di luar jam kerja memberi tahu Anda sebelum media "
           "mengetahuinya."),
        tr("Set up a listening tool (or at least saved searches) for the brand, products and "
           "executives, with alerts that reach the person on call at night and at weekends.",
           "Pasang alat social listening (atau minimal pencarian tersimpan) untuk merek, "
           "produk, dan pimpinan, dengan notifikasi (alert) yang sampai ke petugas siaga pada "
           "malam hari dan akhir pekan."),
    ),
    _question(
        "crisis.campaign_comms", "critical",
        tr("Every campaign is briefed to all channel holders, customer service and agencies "
           "before launch.",
           "Setiap kampanye disosialisasikan ke semua pengelola kanal, layanan pelanggan, dan "
           "agensi sebelum diluncurkan."),
        tr("When a campaign surprises your own customer service and channel admins they "
           "improvise, and one screenshot of a rude reply can travel further than the campaign.",
           "Jika kampanye mengejutkan tim layanan pelanggan dan admin kanal Anda sendiri, "
           "mereka akan berimprovisasi, dan satu tangkapan layar balasan yang ketus bisa "
           "menyebar lebih luas daripada kampanyenya."),
        tr("Make a pre-launch brief (key messages, FAQ, escalation contact) a required step "
           "of every campaign plan, sent to every channel holder, customer service and agency.",
           "Jadikan brief pra-peluncuran (pesan kunci, FAQ, kontak eskalasi) langkah wajib di "
           "setiap rencana kampanye, dan kirimkan ke semua pengelola kanal, layanan "
           "pelanggan, dan agensi."),
    ),
    _question(
        "crisis.training", "high",
        tr("Channel admins were trained in the last 12 months (tone, escalation, how "
           "social-media users behave).",
           "Admin kanal mendapat pelatihan dalam 12 bulan terakhir (gaya bahasa, eskalasi, "
           "dan cara pengguna media sosial bereaksi)."),
        tr("Teams that misread social-media users panic, argue or delete comments, and that "
           "turns criticism into a crisis.",
           "Tim yang salah membaca perilaku pengguna media sosial cenderung panik, berdebat, "
           "atau menghapus komentar, dan itulah yang mengubah kritik menjadi krisis."),
        tr("Run a yearly session for every admin on tone of voice, when and how to escalate, "
           "and how online audiences react, with real examples.",
           "Adakan sesi tahunan untuk semua admin tentang gaya bahasa, kapan dan bagaimana "
           "melakukan eskalasi, serta cara audiens daring bereaksi, dengan contoh nyata."),
    ),
    _question(
        "crisis.simulation", "medium",
        tr("A crisis simulation was run in the last 12 months.",
           "Simulasi krisis dilakukan dalam 12 bulan terakhir."),
        tr("A playbook nobody has rehearsed fails at the first surprise; a simulation finds "
           "the missing phone number before a real crisis does.",
           "Pedoman yang belum pernah dilatih akan gagal pada kejutan pertama; simulasi "
           "menemukan nomor telepon yang hilang sebelum krisis sungguhan terjadi."),
        tr("Run a half-day tabletop exercise once a year with a realistic scenario, and fix "
           "what it reveals.",
           "Adakan gladi ruang (tabletop exercise) setengah hari setiap tahun dengan skenario "
           "yang realistis, lalu tindak lanjuti temuannya."),
    ),
    _question(
        "crisis.agency_access", "high",
        tr("Agency access is listed, least-privilege, and revoked when a contract ends.",
           "Akses agensi tercatat, dibatasi seperlunya, dan dicabut saat kontrak berakhir."),
        tr("A former agency that still holds admin rights can post, delete or lock you out, "
           "and in a dispute it may.",
           "Agensi lama yang masih memegang hak admin bisa mengunggah, menghapus, atau "
           "mengunci Anda dari akun sendiri, dan saat terjadi sengketa, hal itu bisa saja mereka "
           "lakukan."),
        tr("List every agency login and role, give agencies the lowest role that does the job "
           "through the platform's partner tools, and revoke access on the day a contract ends.",
           "Catat semua login dan peran agensi, berikan peran terendah yang cukup lewat fitur "
           "partner platform, dan cabut akses pada hari kontrak berakhir."),
    ),
    _question(
        "crisis.inventory_review", "medium",
        tr("This asset inventory is reviewed at least twice a year, and leavers lose access "
           "the day they leave.",
           "Inventaris aset ini ditinjau minimal dua kali setahun, dan karyawan yang keluar "
           "kehilangan akses pada hari terakhirnya."),
        tr("A crisis is the worst time to discover an account nobody remembers, or a former "
           "employee who can still post.",
           "Krisis adalah saat terburuk untuk menemukan akun yang terlupakan, atau mantan "
           "karyawan yang masih bisa mengunggah."),
        tr("Schedule an inventory review every six months, and add \"remove social-media and "
           "domain access\" to the leaver checklist.",
           "Jadwalkan peninjauan inventaris setiap enam bulan, dan tambahkan \"cabut akses "
           "media sosial dan domain\" ke daftar periksa offboarding karyawan."),
    ),
)

CHECKS = QUESTIONS
