// Which state of the dataset a preview page shows. The hosted preview names it in
// each page (a meta tag) and answers it afresh at STAMP_PATH; the overlay compares
// the two after an edit, so a save the Studio announced while the page was
// reloading is not missed.

/** The page's meta tag: the stamp of the content it was rendered from. */
export const STAMP_META = 'sanity-preview-stamp'
/** The dataset's stamp now (JSON: { stamp }), for holders of a preview session only. */
export const STAMP_PATH = '/preview/stamp'
