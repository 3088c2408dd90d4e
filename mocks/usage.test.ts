import { expect } from '@open-wc/testing';
import type { MeteringPointList, Reading, UsageSeries } from '../widgets/core/api/types';
import { signInAs } from './state';
import { api, json, problemOf, setUpMocks } from './test-utils';

async function series(query: string): Promise<UsageSeries> {
  const response = await api(`/usage/series?${query}`);
  expect(response.status, await response.clone().text()).to.equal(200);
  return json<UsageSeries>(response);
}

const byStart = (readings: Reading[]): Map<string, number> => new Map(readings.map((r) => [r.start, r.value]));

describe('mock API: usage', () => {
  beforeEach(setUpMocks);

  it('lists Jan\'s three metering points', async () => {
    signInAs('jan');
    const { points } = await json<MeteringPointList>(await api('/usage/points'));
    expect(points.map((p) => [p.id, p.name, p.unit])).to.deep.equal([
      ['mp-1001-1', 'Dom', 'kWh'],
      ['mp-1001-2', 'Działka', 'kWh'],
      ['mp-1001-3', 'Dom – woda', 'm3'],
    ]);
    expect(points[0]!.address).to.equal('ul. Lipowa 12, 00-123 Warszawa');
  });

  it('returns daily readings for one point with the previous year', async () => {
    signInAs('jan');
    const s = await series('point=mp-1001-1&granularity=day&from=2026-09-01&to=2026-09-30');
    expect(s.unit).to.equal('kWh');
    expect(s.includedPoints).to.deep.equal(['mp-1001-1']);
    expect(s.excludedPoints).to.deep.equal([]);
    expect(s.current).to.have.length(30);
    expect(s.current[0]!.start).to.equal('2026-09-01T00:00:00+02:00');
    expect(s.previous).to.have.length(30);
    expect(s.previous[0]!.start).to.equal('2025-09-01T00:00:00+02:00');
    expect(s.current.every((r) => r.value > 0 && r.value < 40)).to.equal(true);
  });

  it('sums "all" points sharing the majority unit and reports the excluded ones', async () => {
    signInAs('jan');
    const query = 'granularity=day&from=2026-09-01&to=2026-09-30';
    const all = await series(`point=all&${query}`);
    const dom = await series(`point=mp-1001-1&${query}`);
    const dzialka = await series(`point=mp-1001-2&${query}`);
    expect(all.unit).to.equal('kWh');
    expect(all.includedPoints).to.deep.equal(['mp-1001-1', 'mp-1001-2']);
    expect(all.excludedPoints).to.deep.equal([{ id: 'mp-1001-3', reason: 'different_unit' }]);
    const d = byStart(dzialka.current);
    for (const r of dom.current) {
      expect(byStart(all.current).get(r.start)).to.be.closeTo(r.value + (d.get(r.start) ?? 0), 1e-6);
    }
  });

  it('excludes points without the granularity from "all"', async () => {
    signInAs('jan');
    const s = await series('point=all&granularity=quarter_hour&from=2026-10-01&to=2026-10-01');
    expect(s.includedPoints).to.deep.equal(['mp-1001-1']);
    expect(s.excludedPoints).to.deep.equal([
      { id: 'mp-1001-2', reason: 'granularity_unavailable' },
      { id: 'mp-1001-3', reason: 'different_unit' },
    ]);
    expect(s.current).to.have.length(96);
  });

  it('widens month ranges to whole months; the current month is partial', async () => {
    signInAs('jan');
    const s = await series('point=all&granularity=month&from=2025-10-15&to=2026-10-03');
    expect([s.from, s.to]).to.deep.equal(['2025-10-01', '2026-10-31']);
    expect(s.current).to.have.length(13);
    expect(s.current[0]!.start).to.equal('2025-10-01T00:00:00+02:00');
    expect(s.current[1]!.start).to.equal('2025-11-01T00:00:00+01:00');
    expect(s.previous).to.have.length(13);
    const daily = await series('point=all&granularity=day&from=2026-09-01&to=2026-09-30');
    const sum = daily.current.reduce((acc, r) => acc + r.value, 0);
    expect(s.current.find((r) => r.start.startsWith('2026-09'))!.value).to.be.closeTo(sum, 0.01);
  });

  it('gives water in m3 and mobile data in GB; previous may be partial', async () => {
    signInAs('olena');
    const water = await series('point=mp-1004-1&granularity=month&from=2025-11-01&to=2026-09-30');
    expect(water.unit).to.equal('m3');
    expect(water.current.every((r) => r.value > 2 && r.value < 15)).to.equal(true);

    signInAs('ivan');
    const data = await series('point=all&granularity=month&from=2025-10-01&to=2026-09-30');
    expect(data.unit).to.equal('GB');
    expect(data.current).to.have.length(12);
    // 18 months of history: the year before has only its last 6 months.
    expect(data.previous).to.have.length(6);
  });

  it('serves a year of quarter-hour readings for archiwum (35 040 values)', async () => {
    signInAs('archiwum');
    const s = await series('point=mp-1006-1&granularity=quarter_hour&from=2025-10-15&to=2026-10-14');
    expect(s.current).to.have.length(35_040);
    expect(s.previous).to.deep.equal([]);
    // The autumn clock change repeats 02:00–02:45 with another offset.
    const dstDay = s.current.filter((r) => r.start.startsWith('2025-10-26'));
    expect(dstDay).to.have.length(100);
    expect(dstDay.filter((r) => r.start.startsWith('2025-10-26T02:00:00')).map((r) => r.start)).to.deep.equal([
      '2025-10-26T02:00:00+02:00',
      '2025-10-26T02:00:00+01:00',
    ]);
    expect(s.current.filter((r) => r.start.startsWith('2026-03-29'))).to.have.length(92);

    const day = await series('point=mp-1006-1&granularity=day&from=2026-06-10&to=2026-06-10');
    const quarterSum = s.current.filter((r) => r.start.startsWith('2026-06-10')).reduce((a, r) => a + r.value, 0);
    expect(quarterSum).to.be.closeTo(day.current[0]!.value, 0.05);
  });

  it('validates parameters', async () => {
    signInAs('jan');
    const missing = await api('/usage/series?point=all');
    expect(missing.status).to.equal(400);
    expect((await problemOf(missing)).fields).to.deep.equal({ granularity: 'required', from: 'required', to: 'required' });
    const reversed = await api('/usage/series?point=all&granularity=day&from=2026-09-02&to=2026-09-01');
    expect((await problemOf(reversed)).fields).to.deep.equal({ from: 'invalid_range' });
    const tooLong = await api('/usage/series?point=all&granularity=day&from=2020-01-01&to=2026-01-01');
    expect((await problemOf(tooLong)).fields).to.deep.equal({ to: 'range_too_long' });
    const unsupported = await api('/usage/series?point=mp-1001-3&granularity=day&from=2026-09-01&to=2026-09-02');
    expect((await problemOf(unsupported)).fields).to.deep.equal({ granularity: 'unsupported' });
    const unknown = await api('/usage/series?point=mp-9&granularity=day&from=2026-09-01&to=2026-09-02');
    expect(unknown.status).to.equal(404);
  });

  it('needs a session', async () => {
    expect((await api('/usage/points')).status).to.equal(401);
    expect((await api('/usage/series?point=all&granularity=day&from=2026-09-01&to=2026-09-02')).status).to.equal(401);
  });
});
