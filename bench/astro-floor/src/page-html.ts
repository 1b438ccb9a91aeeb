// One constant body, as large as an average update body rendered to HTML
// (BENCH_PAGE_BYTES, measured by the harness), shared by every page.
const paragraph =
  '<p>People living with secondary breast cancer are calling for prompt diagnosis, regular access to a Clinical Nurse Specialist and faster access to treatment across the UK.</p>\n'

const bytes = Number(process.env.BENCH_PAGE_BYTES ?? 5000)

export const bodyHtml = paragraph.repeat(Math.max(1, Math.round(bytes / paragraph.length)))
export const pageCount = Number(process.env.BENCH_PAGES ?? 1000)
