// The console errors the Studio prints against the local lake, each named with why
// it is expected. Any other error fails the test that collected it.

export const EXPLAINED_ERRORS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED \(at https:\/\/(core\.sanity-cdn\.com\/bridge\.js|design-system-static\.sanity\.io\/|sanity-cdn\.com\/v1\/modules\/|api\.sanity\.io\/vX\/intake\/)/,
    why: "Sanity's own servers, which the test browser cannot reach: the Dashboard bridge script, the Inter font, the newer-version check and the error-report tunnel",
  },
  {
    pattern: /^Failed to fetch version for package \(using tag=latest\) sanity/,
    why: 'the newer-version check (on sanity-cdn.com) reports that it could not ask',
  },
  {
    pattern: /^WebSocket connection to 'wss:\/\/campaigntest\.localhost:\d+\/v[\d-]+\/socket\/production/,
    why: 'presence (who else is editing) runs over a socket the local lake does not speak',
  },
  {
    pattern: /^The final argument passed to %s changed size between renders\.[\s\S]*useMemo \[structure\] \[\]/,
    why: "React's warning about a hook inside Sanity's own structure tool (its `structure` dependency list starts empty), printed as the desk first loads; no code of ours runs there",
  },
  {
    pattern: /^React does not recognize the `%s` prop on a DOM element\.[\s\S]* flex(Grow flexgrow|Basis flexbasis) \(at /,
    why: "React's warning about layout props inside Sanity's own Validation panel",
  },
  {
    pattern: /^(In HTML, %s cannot be a descendant of <%s>\.[\s\S]*<div> p[\s\S]*<BlockQuoteRoot data-testid="text-style|<%s> cannot contain a nested %s\.\nSee this log for the ancestor stack trace\. p <div> )/,
    why: "React's warning (and its follow-up line) about Sanity's own text editor drawing a Quote paragraph as a <div> inside a <p>, printed when a body with a quote is shown",
  },
  {
    pattern: /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED \(at https:\/\/cdn\.sanity\.io\/images\/campaigntest\/production\//,
    why: "the hosted preview's pictures, which come from Sanity's image CDN: the test browser cannot reach it (the page's text is what the Presentation test reads)",
  },
]

/** The errors no entry above explains. */
export function unexplained(errors: string[]): string[] {
  return errors.filter((error) => !EXPLAINED_ERRORS.some(({ pattern }) => pattern.test(error)))
}
