import { tagsAffectedBy } from '../cache-invalidation';

const event = (type: string, data: Record<string, unknown>) => ({ type, subject: 's', data });

describe('tagsAffectedBy', () => {
  it('names the project for a status report, and nothing else', () => {
    expect(tagsAffectedBy(event('StatusReported', { projectId: 'p1', municipalityId: '1124', initiativeId: 'i1' }))).toEqual(['Project:p1']);
  });

  it('names the municipality when its list of published projects changes', () => {
    expect(tagsAffectedBy(event('ProjectPublished', { projectId: 'p1', municipalityId: '1124', published: true }))).toEqual([
      'Project:p1',
      'Municipality:1124',
    ]);
  });

  it('names the initiative for an adoption decision and the project for a measurement', () => {
    expect(tagsAffectedBy(event('AdoptionDecided', { caseId: 'c', initiativeId: 'i1', municipalityId: '1124' }))).toEqual(['Initiative:i1']);
    expect(tagsAffectedBy(event('BenefitMeasured', { projectId: 'p1', municipalityId: '1124' }))).toEqual(['Project:p1']);
  });

  it('ignores events no public view shows, and falls back to every id for types it does not know', () => {
    expect(tagsAffectedBy(event('ConsultationOpened', { consultationId: 'c' }))).toEqual([]);
    expect(tagsAffectedBy(event('SomethingNew', { projectId: 'p1', municipalityId: '1124' }))).toEqual(['Project:p1', 'Municipality:1124']);
  });
});
