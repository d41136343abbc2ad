import { parseTokenArgs } from '../token-args';

const args = (line: string) => parseTokenArgs(line.split(' '));

describe('token arguments', () => {
  it('gives each scoped role the scope after it and combines roles', () => {
    expect(args('--role network-admin --network digi-rogaland --role municipality-editor --municipality 1124 --municipality 1103 --role analyst')).toEqual({
      grants: [
        { role: 'network-admin', network: 'digi-rogaland' },
        { role: 'municipality-editor', municipality: '1124' },
        { role: 'municipality-editor', municipality: '1103' },
        { role: 'analyst' },
      ],
      subject: 'dev-network-admin',
      name: undefined,
      expiresIn: '8h',
    });
  });

  it('takes subject, name and expiry', () => {
    expect(parseTokenArgs(['--role', 'participant', '--subject', 'ola', '--name', 'Ola Nordmann', '--expires', '30m'])).toMatchObject({
      grants: [{ role: 'participant' }],
      subject: 'ola',
      name: 'Ola Nordmann',
      expiresIn: '30m',
    });
  });

  it.each([
    ['', /at least one --role/],
    ['--role analyst --role municipality-editor', /needs --municipality/],
    ['--role municipality-editor --municipality 112', /4-digit kommunenummer/],
    ['--role municipality-editor --municipality sola', /4-digit kommunenummer/],
    ['--role analyst --network digi-rogaland', /--network must follow --role network-admin/],
    ['--role owner', /unknown role "owner"/],
    ['--role analyst --expires tomorrow', /--expires takes a duration/],
    ['--role analyst --colour blue', /unknown flag "--colour"/],
    ['--role', /--role needs a value/],
  ])('refuses "%s"', (line, message) => {
    expect(() => parseTokenArgs(line ? line.split(' ') : [])).toThrow(message);
  });
});
