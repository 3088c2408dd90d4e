/** How many pages `rows` fill at `pageSize` a page: at least one (an empty list is one empty page). */
export function pageCount(rows: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rows / Math.max(1, pageSize)));
}
