import { http, type HttpHandler } from 'msw';
import type { ExcludedPoint, Granularity, JsonResponse, Problem, Unit } from '../../widgets/core/api/types';
import {
  addYears,
  daysBetween,
  endOfMonth,
  isValidDay,
  monthsBetween,
  startOfMonth,
  summedReadings,
  type CustomerFixture,
  type UsageSource,
} from '../data';
import { authenticate, fail, ok, validationFailed, type FieldErrors } from './respond';

const GRANULARITIES: readonly Granularity[] = ['month', 'day', 'quarter_hour'];

/** Longest range per granularity, as the contract states. */
const MAX_RANGE: Record<Granularity, (from: string, to: string) => boolean> = {
  month: (from, to) => monthsBetween(from, to) + 1 <= 120,
  day: (from, to) => daysBetween(from, to) + 1 <= 731,
  quarter_hour: (from, to) => daysBetween(from, to) + 1 <= 366,
};

type NoParams = Record<string, never>;

interface Selection {
  unit: Unit;
  sources: UsageSource[];
  included: string[];
  excluded: ExcludedPoint[];
}

/** "all": the unit most points share (ties: the first point's), minus points lacking the granularity. */
function selectAll(customer: CustomerFixture, granularity: Granularity): Selection | undefined {
  const counts = new Map<Unit, number>();
  for (const p of customer.points) counts.set(p.unit, (counts.get(p.unit) ?? 0) + 1);
  let unit: Unit | undefined;
  for (const [candidate, count] of counts) if (unit === undefined || count > (counts.get(unit) ?? 0)) unit = candidate;
  if (unit === undefined) return undefined;

  const selection: Selection = { unit, sources: [], included: [], excluded: [] };
  customer.points.forEach((p, i) => {
    const source = customer.sources[i];
    if (p.unit !== unit) selection.excluded.push({ id: p.id, reason: 'different_unit' });
    else if (!p.granularities.includes(granularity) || !source) selection.excluded.push({ id: p.id, reason: 'granularity_unavailable' });
    else {
      selection.sources.push(source);
      selection.included.push(p.id);
    }
  });
  return selection;
}

export function usageRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/usage/points', 'get'> | Problem>(url('/usage/points'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      return ok<'/usage/points', 'get'>({
        points: customer.points.map((p) => ({ ...p, granularities: [...p.granularities] })),
      });
    }),

    http.get<NoParams, never, JsonResponse<'/usage/series', 'get'> | Problem>(url('/usage/series'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const query = new URL(request.url).searchParams;
      const point = query.get('point');
      const granularity = query.get('granularity') as Granularity | null;
      let from = query.get('from');
      let to = query.get('to');

      const fields: FieldErrors = {};
      if (!point) fields.point = 'required';
      if (!granularity) fields.granularity = 'required';
      else if (!GRANULARITIES.includes(granularity)) fields.granularity = 'invalid_value';
      if (!from) fields.from = 'required';
      else if (!isValidDay(from)) fields.from = 'invalid_format';
      if (!to) fields.to = 'required';
      else if (!isValidDay(to)) fields.to = 'invalid_format';
      if (Object.keys(fields).length > 0 || !point || !granularity || !from || !to) return validationFailed(fields);
      if (from > to) return validationFailed({ from: 'invalid_range' });
      // Months are whole: a month reading always covers its whole month.
      if (granularity === 'month') {
        from = startOfMonth(from);
        to = endOfMonth(to);
      }
      if (!MAX_RANGE[granularity](from, to)) return validationFailed({ to: 'range_too_long' });

      let selection: Selection | undefined;
      if (point === 'all') {
        selection = selectAll(customer, granularity);
        if (!selection) return fail(404, 'not_found');
        if (selection.sources.length === 0) return validationFailed({ granularity: 'unsupported' });
      } else {
        const index = customer.points.findIndex((p) => p.id === point);
        const meteringPoint = customer.points[index];
        const source = customer.sources[index];
        if (!meteringPoint || !source) return fail(404, 'not_found');
        if (!meteringPoint.granularities.includes(granularity)) return validationFailed({ granularity: 'unsupported' });
        selection = { unit: meteringPoint.unit, sources: [source], included: [point], excluded: [] };
      }

      return ok<'/usage/series', 'get'>({
        unit: selection.unit,
        granularity,
        from,
        to,
        includedPoints: selection.included,
        excludedPoints: selection.excluded,
        current: summedReadings(selection.sources, granularity, from, to),
        previous: summedReadings(selection.sources, granularity, addYears(from, -1), addYears(to, -1)),
      });
    }),
  ];
}
