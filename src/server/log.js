export function createLogger(base = {}, sink = (l) => process.stderr.write(l + '\n')) {
    const write = (level, msg, fields) => sink(JSON.stringify({ t: new Date().toISOString(), level, msg, ...base, ...fields }));
    return {
        info: (m, f) => write('info', m, f),
        warn: (m, f) => write('warn', m, f),
        error: (m, f) => write('error', m, f),
    };
}
export const silentLogger = { info() { }, warn() { }, error() { } };
