// Ids and addresses of the Welsh versions. Welsh slugs are Welsh words, as a
// Welsh reader would type them; each id is the English id with "-cy".

export const welshId = (englishId: string) => `${englishId}-cy`

/** The Welsh addresses of the asks, by English id. */
export const welshAskSlugs = {
  'ask-prompt-diagnosis': 'diagnosis-prydlon',
  'ask-clinical-nurse-specialists': 'nyrsys-clinigol-arbenigol',
  'ask-access-to-treatment': 'mynediad-at-driniaeth',
  'ask-data-collection': 'casglu-data',
  'ask-nhs-plans': 'cynlluniau-gig',
} as const
