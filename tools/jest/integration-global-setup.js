// Integration tests need a real Kafka broker and a real PostgreSQL server. tools/run/test.sh
// brings both up before Jest starts; this only fails fast, with a clear message, if it did not.
const { Client } = require('pg');
const net = require('node:net');

function tcpCheck(hostPort) {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port: Number(port) }, () => {
      socket.end();
      resolve();
    });
    socket.setTimeout(3000, () => socket.destroy(new Error('timeout')));
    socket.on('error', reject);
  });
}

module.exports = async function integrationGlobalSetup() {
  process.env.TZ = 'UTC';
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !brokers) {
    throw new Error('integration tests need DATABASE_URL and KAFKA_BROKERS; run them with `npm test`');
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.end();
  await tcpCheck(brokers.split(',')[0]);
};
