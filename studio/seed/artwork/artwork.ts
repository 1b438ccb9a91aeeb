/** A picture drawn in SVG that the seed writer renders to a PNG image asset. */
export interface Artwork {
  /** The file name the asset is uploaded with (`originalFilename` in the export's assets.json). */
  name: string
  width: number
  height: number
  svg: string
}
