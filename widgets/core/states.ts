/**
 * The shape of a widget's named states (`widgets/<name>/<name>-states.ts`): what the gallery shows
 * and what the widget's state test renders in every language with axe — one list for both.
 * Type-only: a states file is never imported by an element, so it never ships.
 */
export interface WidgetState<S> {
  /** Caption for designers (Polish). */
  label: string;
  /** The element's `preview`. */
  state: S;
  /** Other properties to set on the element (e.g. a fixed `today`). */
  props?: Record<string, unknown>;
  /** Attributes to set on the element. */
  attrs?: Record<string, string>;
}

/** Every state of one widget by stable id (URLs, tests, screenshots); built on each call, as some are relative to now. */
export type WidgetStates<S> = Record<string, WidgetState<S>>;
