import { expect } from '@open-wc/testing';
import type { MeterList, MeterReadingList, Problem, ReadingReceipt } from '../widgets/core/api/types';
import { getMockStats, signInAs } from './state';
import { api, json, problemOf, setUpMocks, TEST_TODAY } from './test-utils';

const KEY = '0d6f1c2e-5b7a-4c3d-8e9f-1a2b3c4d5e6f';

function form(reading: unknown, photo?: File): FormData {
  const data = new FormData();
  data.set('reading', typeof reading === 'string' ? reading : JSON.stringify(reading));
  if (photo) data.set('photo', photo);
  return data;
}

function send(meter: string, body: FormData, key: string | null = KEY): Promise<Response> {
  return api(`/meters/${meter}/readings`, { method: 'POST', body, headers: key ? { 'Idempotency-Key': key } : {} });
}

async function meterOf(point: string) {
  return (await json<MeterList>(await api(`/meters?point=${point}`))).meters[0]!;
}

describe('mock API: meter readings', () => {
  beforeEach(setUpMocks);

  it('needs a session', async () => {
    expect((await api('/meters?point=mp-1001-1')).status).to.equal(401);
    expect((await api('/meters/m-1001-1/readings')).status).to.equal(401);
  });

  it("lists a point's meters with registers and the photo limits; another customer's point is not found", async () => {
    signInAs('jan');
    const list = await json<MeterList>(await api('/meters?point=mp-1001-1'));
    expect(list.meters.map((m) => m.number)).to.deep.equal(['93512877']);
    expect(list.meters[0]!.registers.map((r) => r.kind)).to.deep.equal(['day', 'night']);
    expect(list.photo.allowedTypes).to.deep.equal(['image/jpeg', 'image/png']);
    expect((await api('/meters?point=mp-1002-1')).status).to.equal(404);
    expect((await problemOf(await api('/meters'))).fields).to.deep.equal({ point: 'required' });
  });

  it('has histories with estimates and, on the house meter, one replacement', async () => {
    signInAs('jan');
    const { readings } = await json<MeterReadingList>(await api('/meters/m-1001-1/readings'));
    expect(readings.some((r) => r.source === 'estimated')).to.equal(true);
    expect(readings.filter((r) => r.event === 'installed')).to.have.length(1);
    expect(readings.filter((r) => r.event === 'removed').map((r) => r.meterNumber)).to.deep.equal(['90177341']);
    expect(readings[0]!.date < TEST_TODAY).to.equal(true);
  });

  it('applies the widget rules and answers field errors in the Problem format', async () => {
    signInAs('jan');
    const meter = await meterOf('mp-1001-1');
    const response = await send('m-1001-1', form({ date: '2999-01-01', values: [{ register: 'day', value: '12a' }] }));
    expect(response.status).to.equal(400);
    expect(response.headers.get('Content-Type')).to.contain('application/problem+json');
    const p = await json<Problem>(response);
    expect(p.code).to.equal('validation_failed');
    expect(p.fields).to.deep.equal({ date: 'in_future', 'values.day': 'invalid_format', 'values.night': 'required' });
    const lower = await send('m-1001-1', form({ date: TEST_TODAY, values: [{ register: 'day', value: '1' }, { register: 'night', value: '1' }] }));
    expect((await problemOf(lower)).fields).to.deep.equal({ 'values.day': 'lower_than_last', 'values.night': 'lower_than_last' });
    expect(meter.window).to.equal(undefined);
    expect((await problemOf(await send('m-1001-1', form('not json')))).fields).to.deep.equal({ reading: 'invalid_format' });
    expect(getMockStats().readingsCreated).to.equal(0);
  });

  it('records one reading per key: a replay returns the same receipt, another body conflicts', async () => {
    signInAs('jan');
    const meter = await meterOf('mp-1001-1');
    const values = meter.lastReading!.values.map((v) => ({ register: v.register, value: String(Number(v.value) + 1) }));
    const first = await send('m-1001-1', form({ date: TEST_TODAY, values }));
    expect(first.status).to.equal(201);
    const receipt = await json<ReadingReceipt>(first);
    expect(receipt.invoiceUse).to.equal('next_invoice');
    const again = await send('m-1001-1', form({ date: TEST_TODAY, values }));
    expect(again.status).to.equal(200);
    expect((await json<ReadingReceipt>(again)).reading.id).to.equal(receipt.reading.id);
    const other = await send('m-1001-1', form({ date: TEST_TODAY, values: values.map((v) => ({ ...v, value: String(Number(v.value) + 1) })) }));
    expect(other.status).to.equal(409);
    expect(getMockStats().readingsCreated).to.equal(1);
    const { readings } = await json<MeterReadingList>(await api('/meters/m-1001-1/readings'));
    expect(readings[0]!.id).to.equal(receipt.reading.id);
    expect((await meterOf('mp-1001-1')).lastReading!.id).to.equal(receipt.reading.id);
    expect((await send('m-1001-1', form({ date: TEST_TODAY, values }), null)).status).to.equal(400);
  });

  it('refuses an oversized photo with 413 and a non-image with 400', async () => {
    signInAs('jan');
    const meter = await meterOf('mp-1001-1');
    const values = meter.lastReading!.values.map((v) => ({ register: v.register, value: String(Number(v.value) + 1) }));
    const big = await send('m-1001-1', form({ date: TEST_TODAY, values }, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'a.jpg', { type: 'image/jpeg' })));
    expect(big.status).to.equal(413);
    expect((await problemOf(big)).fields).to.deep.equal({ photo: 'file_too_large' });
    const pdf = await send('m-1001-1', form({ date: TEST_TODAY, values }, new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })), '1d6f1c2e-5b7a-4c3d-8e9f-1a2b3c4d5e6f');
    expect((await problemOf(pdf)).fields).to.deep.equal({ photo: 'unsupported_type' });
  });

  it("takes readings only inside the operator's window (Olena's water company)", async () => {
    signInAs('olena');
    const meter = await meterOf('mp-1004-1');
    expect(meter.window!.opens > TEST_TODAY).to.equal(true);
    const values = meter.lastReading!.values.map((v) => ({ register: v.register, value: String(Number(v.value) + 1) }));
    expect((await problemOf(await send('m-1004-1', form({ date: TEST_TODAY, values })))).fields).to.deep.equal({ date: 'outside_window' });
  });
});
