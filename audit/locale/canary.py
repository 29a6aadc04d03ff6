"""The platform-rule canary: CLI and Checks page texts."""

STRINGS: dict[str, dict[str, str]] = {
    "canary.expect.exists": {"en": "known to exist", "id": "diketahui ada"},
    "canary.expect.missing": {"en": "known to be missing", "id": "diketahui tidak ada"},
    "canary.row.holds": {"en": "ok      {platform} @{handle} ({expect}): {detail}",
                         "id": "ok      {platform} @{handle} ({expect}): {detail}"},
    "canary.row.broken": {"en": "BROKEN  {platform} @{handle} ({expect}): {detail}",
                          "id": "RUSAK   {platform} @{handle} ({expect}): {detail}"},
    "canary.row.unverified": {"en": "?       {platform} @{handle} ({expect}): {detail}",
                              "id": "?       {platform} @{handle} ({expect}): {detail}"},
    "canary.state.holds": {"en": "{platform}: the rule still holds.",
                           "id": "{platform}: aturannya masih berlaku."},
    "canary.state.broken": {
        "en": "{platform}: the rule is broken: a known account was read wrong. Do not trust "
              "this platform's verdicts until platforms.json is updated.",
        "id": "{platform}: aturannya rusak: akun yang sudah diketahui terbaca keliru. Jangan "
              "percayai hasil platform ini sampai platforms.json diperbarui."},
    "canary.state.unverified": {
        "en": "{platform}: could not be verified from this network (no answer, blocked, "
              "walled or rate-limited).",
        "id": "{platform}: tidak dapat dinilai dari jaringan ini (tidak ada jawaban, diblokir, "
              "terhalang login, atau dibatasi)."},
    "canary.summary": {
        "en": "{platforms} platforms checked: {holds} hold, {broken} broken.",
        "id": "{platforms} platform diperiksa: {holds} masih berlaku, {broken} rusak."},
    "canary.unknown_platform": {
        "en": "The canary has no known accounts for '{value}'. Known: {known}.",
        "id": "Canary tidak punya akun acuan untuk '{value}'. Yang tersedia: {known}."},
    "canary.page.title": {"en": "Platform rule canary", "id": "Canary aturan platform"},
    "canary.page.intro": {
        "en": "Platforms change their pages, and the signs Siaga reads to tell an existing "
              "account from a missing one decay within months. This asks each platform about "
              "accounts known to exist and known to be missing (network needed, about 20 "
              "requests) and says which rules still hold.",
        "id": "Platform sering mengubah halamannya, dan tanda yang dibaca Siaga untuk "
              "membedakan akun yang ada dan yang tidak ada bisa usang dalam hitungan bulan. "
              "Fitur ini menanyakan ke setiap platform akun yang diketahui ada dan yang "
              "diketahui tidak ada (perlu jaringan, sekitar 20 permintaan) lalu menunjukkan "
              "aturan mana yang masih berlaku."},
    "canary.page.run": {"en": "Check the platform rules", "id": "Periksa aturan platform"},
    "canary.page.col.platform": {"en": "Platform", "id": "Platform"},
    "canary.page.col.account": {"en": "Account", "id": "Akun"},
    "canary.page.col.rule": {"en": "Rule", "id": "Aturan"},
    "canary.page.col.detail": {"en": "What was seen", "id": "Yang terlihat"},
    "canary.page.holds": {"en": "holds", "id": "masih berlaku"},
    "canary.page.broken": {"en": "broken", "id": "rusak"},
    "canary.page.unverified": {"en": "not verified", "id": "belum dapat dinilai"},
}
