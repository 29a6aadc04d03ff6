"""The siaga command line: help, progress, summaries and errors."""

STRINGS: dict[str, dict[str, str]] = {
    "cli.no_such_file": {
        "en": "cannot read {path}: no such file.",
        "id": "tidak dapat membaca {path}: berkas tidak ditemukan.",
    },
    "cli.bad_concurrency": {
        "en": "--concurrency must be 1 or more (got {value}).",
        "id": "--concurrency minimal 1 (nilai yang dimasukkan: {value}).",
    },
    "cli.bad_per_host": {
        "en": "--per-host must be 1 or more (got {value}).",
        "id": "--per-host minimal 1 (nilai yang dimasukkan: {value}).",
    },
    "cli.audit_needs_input": {
        "en": "give an INVENTORY file, or --engagement NAME to audit what it holds.",
        "id": "berikan berkas INVENTORY, atau --engagement NAMA untuk mengaudit isi proyek "
              "audit itu.",
    },
    "cli.nothing_stored": {
        "en": 'The engagement "{name}" has no assets to audit. Import an inventory first: '
              "siaga import FILE --engagement NAME",
        "id": 'Proyek audit "{name}" belum berisi aset untuk diaudit. Impor inventaris '
              "terlebih dahulu: siaga import BERKAS --engagement NAMA",
    },
    "cli.nothing_to_resume": {
        "en": 'Nothing to resume in "{name}": its latest run is not interrupted (or it has '
              "none). Start a new run without --resume.",
        "id": 'Tidak ada yang bisa dilanjutkan di "{name}": audit terakhirnya tidak terhenti '
              "(atau belum ada). Mulai audit baru tanpa --resume.",
    },
    "cli.resuming": {
        "en": "Resuming run #{run} of {name}: checking the assets it has no results for...",
        "id": "Melanjutkan audit #{run} dalam proyek {name}: memeriksa aset yang belum punya "
              "hasil...",
    },
    "cli.bad_timeout": {
        "en": "--timeout must be a number of seconds above 0 (got {value}).",
        "id": "--timeout harus berupa jumlah detik di atas 0 (nilai yang dimasukkan: {value}).",
    },
    "cli.bad_dns": {
        "en": "--dns-server must be HOST or HOST:PORT, e.g. 127.0.0.1:5353 (got {value}).",
        "id": "--dns-server harus berupa HOST atau HOST:PORT, misalnya 127.0.0.1:5353 (nilai yang "
              "dimasukkan: {value}).",
    },
    "cli.bad_rdap": {
        "en": "--rdap-url must start with http:// or https:// (got {value}).",
        "id": "--rdap-url harus diawali http:// atau https:// (nilai yang dimasukkan: {value}).",
    },
    "cli.invalid_input": {
        "en": "{count:problem|problems} in the input; nothing was saved or checked. "
              "Fix the rows above and run again.",
        "id": "Ada {count} masalah pada berkas masukan; belum ada yang disimpan atau diperiksa. "
              "Perbaiki baris di atas lalu jalankan lagi.",
    },
    "cli.empty_inventory": {
        "en": "{path} has no assets to audit. Fill in the Inventory sheet of the intake "
              "template (siaga template intake.xlsx) and try again.",
        "id": "{path} tidak berisi aset untuk diaudit. Isi sheet Inventaris pada templat "
              "isian (siaga template intake.xlsx --lang id) lalu coba lagi.",
    },
    "cli.auditing": {
        "en": "Checking {count:asset|assets} of {name}...",
        "id": "Memeriksa {count} aset dalam proyek {name}...",
    },
    "cli.assets": {"en": "assets", "id": "aset"},
    "cli.runs": {"en": "runs", "id": "audit"},
    "cli.archived": {"en": "archived", "id": "diarsipkan"},
    "cli.latest_score": {"en": "latest score", "id": "skor terakhir"},
    "cli.run.completed": {"en": "completed", "id": "selesai"},
    "cli.run.interrupted": {"en": "interrupted", "id": "terhenti"},
    "cli.run.running": {"en": "still running", "id": "masih berjalan"},
    "cli.run_done": {
        "en": "Run #{run} {status}: {counts}",
        "id": "Audit #{run} {status}: {counts}",
    },
    "cli.no_score": {
        "en": "Not enough answers or results yet to compute a readiness score.",
        "id": "Jawaban atau hasil pemeriksaan belum cukup untuk menghitung skor kesiapan.",
    },
    "cli.score": {
        "en": "Readiness score: {score}/100 ({band}), coverage {coverage}",
        "id": "Skor kesiapan: {score}/100 ({band}), cakupan {coverage}",
    },
    "cli.capped": {
        "en": 'Until it is fixed, a failed critical check caps the band at {band}: "{check}" '
              "({asset}).",
        "id": "Selama belum diperbaiki, kategori kesiapan dibatasi maksimal {band} karena ada "
              'pemeriksaan kritis yang gagal: "{check}" ({asset}).',
    },
    "cli.top_findings": {"en": "Top findings:", "id": "Temuan prioritas:"},
    "cli.wrote": {"en": "Wrote {path}", "id": "Berkas {path} sudah disimpan"},
    "cli.bad_out_suffix": {
        "en": "cannot write {path}: the file name must end in {suffix}.",
        "id": "tidak dapat menulis {path}: nama berkas harus berakhiran {suffix}.",
    },
    "cli.no_out_folder": {
        "en": "cannot write {path}: the folder {folder} does not exist.",
        "id": "tidak dapat menulis {path}: folder {folder} tidak ada.",
    },
    "cli.out_is_folder": {
        "en": "cannot write {path}: it is a folder; give a file name.",
        "id": "tidak dapat menulis {path}: itu folder; tulis nama berkas.",
    },
    "cli.import_refused": {
        "en": "Nothing was imported into {name}: the file was refused (see above).",
        "id": "Tidak ada yang diimpor ke {name}: berkas ditolak (lihat di atas).",
    },
    "cli.imported": {
        "en": "Imported {count} of {rows:row|rows} into {name} ({errors} with errors).",
        "id": "{count} dari {rows} baris diimpor ke {name} ({errors} baris bermasalah).",
    },
    "cli.demo": {
        "en": "Demo engagement ready: {name} ({count:asset|assets}) in {path}",
        "id": "Proyek audit demo siap: {name} ({count} aset) di {path}",
    },
    "cli.no_engagements": {
        "en": "No engagements yet in {path}. Start with: siaga demo",
        "id": "Belum ada proyek audit di {path}. Mulai dengan: siaga demo",
    },
    "cli.no_engagement": {
        "en": 'No engagement named "{name}". List them with: siaga engagements',
        "id": 'Tidak ada proyek audit bernama "{name}". Lihat daftarnya dengan: siaga engagements',
    },
    "cli.interrupted": {
        "en": "interrupted; results checked so far are saved and the run is marked interrupted.",
        "id": "dihentikan; hasil yang sudah diperiksa tetap tersimpan dan audit ditandai "
              "terhenti.",
    },
    "cli.internal_error": {
        "en": "internal error (details above). Your saved data is untouched; please report "
              "this with the message above.",
        "id": "terjadi error internal (rincian di atas). Data yang tersimpan tidak berubah; mohon "
              "laporkan beserta pesan di atas.",
    },
    "cli.no_run": {
        "en": 'Engagement "{name}" has no run #{run}; its runs are: {runs}.',
        "id": 'Proyek audit "{name}" tidak memiliki audit #{run}; audit yang ada: {runs}.',
    },
    "cli.compare_needs_two": {
        "en": '"{name}" needs two finished runs to compare. Run the audit again after fixes.',
        "id": '"{name}" perlu dua audit yang sudah selesai untuk dibandingkan. Jalankan audit '
              "lagi setelah perbaikan.",
    },
    "cli.compare_head": {
        "en": "Run #{old} ({old_date}) compared with run #{new} ({new_date})",
        "id": "Audit #{old} ({old_date}) dibandingkan dengan audit #{new} ({new_date})",
    },
    "cli.compare_overall": {
        "en": "Readiness score: {old} → {new} ({change})",
        "id": "Skor kesiapan: {old} → {new} ({change})",
    },
    "cli.compare_fixed": {"en": "Fixed: {count}", "id": "Sudah diperbaiki: {count}"},
    "cli.compare_new": {"en": "New problems: {count}", "id": "Masalah baru: {count}"},
    "cli.compare_still_open": {"en": "Still open: {count}", "id": "Masih belum ditangani: {count}"},
    "cli.compare_unchecked": {
        "en": "Could not be re-checked (not counted as fixed): {count}",
        "id": "Tidak dapat diperiksa ulang (tidak dihitung sebagai sudah diperbaiki): {count}",
    },
    "cli.bad_run": {
        "en": "'{value}' is not a run: give the audit number (3) or a run id (id:7).",
        "id": "'{value}' bukan audit: tulis nomor audit (3) atau id audit (id:7).",
    },
    "cli.run_ambiguous": {
        "en": 'In "{name}", {value} is audit #{number} (id {id}) but also the id of audit '
              "#{other}: write #{number} for audit #{number}, or #{other} for the other.",
        "id": 'Di "{name}", {value} adalah audit #{number} (id {id}) sekaligus id dari audit '
              "#{other}: tulis #{number} untuk audit #{number}, atau #{other} untuk yang lain.",
    },
    "cli.engagement.renamed": {
        "en": 'Renamed "{name}" to "{new}".',
        "id": 'Proyek audit "{name}" diganti namanya menjadi "{new}".',
    },
    "cli.engagement.archived": {
        "en": 'Archived "{name}": hidden from the app\'s picker, everything kept. '
              "`siaga engagement restore` brings it back.",
        "id": 'Proyek audit "{name}" diarsipkan: tidak tampil di pilihan aplikasi, semua data '
              "tetap tersimpan. `siaga engagement restore` menampilkannya kembali.",
    },
    "cli.engagement.restored": {
        "en": 'Restored "{name}" to the app\'s picker.',
        "id": 'Proyek audit "{name}" tampil kembali di pilihan aplikasi.',
    },
    "cli.engagement.confirm": {
        "en": 'Deleting "{name}" removes {contents}, for good. Run the same command with '
              "--yes to delete it (or archive it to keep everything).",
        "id": 'Menghapus "{name}" menghilangkan {contents} secara permanen. Jalankan perintah '
              "yang sama dengan --yes untuk menghapusnya (atau arsipkan agar semua tersimpan).",
    },
    "cli.engagement.deleted": {
        "en": 'Deleted "{name}": {contents}.',
        "id": 'Proyek audit "{name}" dihapus: {contents}.',
    },
}
