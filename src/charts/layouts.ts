// The sizes a registry chart is drawn at. One chart, several build-time layouts:
// - page:   the review and chart pages (wide screens);
// - frame:  embeds at least ~480 px wide — a wider aspect that fills a 16:9 frame's width;
// - narrow: any chart box under 480 px (review pages on phones AND small embeds): fewer ticks,
//           type sized for ~360 px;
// - slide:  1920×1080 slide exports, type readable from the back of a room.
// Type and margins scale with `k` so the same chart keeps its proportions at every size.
export type ChartLayoutId = 'page' | 'frame' | 'narrow' | 'slide';

export interface ChartLayout {
  id: ChartLayoutId;
  width: number;
  /** Line charts; categorical charts use categoricalHeight. */
  height: number;
  categoricalHeight: number;
  /** Font size in SVG units (rendered size = this × the SVG's scale on screen). */
  fontSize: number;
  /** Scale of margins, markers and strokes relative to the page layout. */
  k: number;
  /** Fewer axis ticks (narrow layout). */
  fewTicks: boolean;
}

export const CHART_LAYOUTS: Record<ChartLayoutId, ChartLayout> = {
  page: { id: 'page', width: 760, height: 426, categoricalHeight: 380, fontSize: 13, k: 1, fewTicks: false },
  frame: { id: 'frame', width: 800, height: 320, categoricalHeight: 320, fontSize: 11, k: 0.95, fewTicks: false },
  narrow: { id: 'narrow', width: 300, height: 200, categoricalHeight: 220, fontSize: 12, k: 0.85, fewTicks: true },
  slide: { id: 'slide', width: 1800, height: 730, categoricalHeight: 730, fontSize: 28, k: 2.1, fewTicks: false },
};

/** The container width (CSS px) below which the narrow layout is shown. */
export const NARROW_BREAKPOINT = 480;
