// Run one test script under MicroPython's WebAssembly port, to see what real MicroPython prints.
//
//   npm install --prefix /tmp/mpwasm @micropython/micropython-webassembly-pyscript
//   export MICROPYTHON_WASM=/tmp/mpwasm/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs
//   python3 tests/py/gen_expected.py --interpreter 'node tests/py/mpwasm.mjs' --only 'micropython/*'
//
// Usage: node mpwasm.mjs SCRIPT.py. The script's directory (its .py files, recursively) is copied into
// the port's in-memory file system, which becomes the working directory, so `import mod_x` finds the
// helpers next to the test as it does on a board. The script's stdout is written to stdout; an uncaught
// exception goes to stderr with exit status 1. This is a cross-check for the expected outputs only: the
// WebAssembly port is not the esp32 port (its sys.platform is 'webassembly', for one).
import fs from 'fs';
import path from 'path';
import url from 'url';

const mjs = process.env.MICROPYTHON_WASM;
if (!mjs || process.argv.length !== 3) {
    process.stderr.write('usage: MICROPYTHON_WASM=/path/to/micropython.mjs node mpwasm.mjs SCRIPT.py\n');
    process.exit(2);
}
const { loadMicroPython } = await import(url.pathToFileURL(path.resolve(mjs)).href);
const script = path.resolve(process.argv[2]);
const chunks = [];
const mp = await loadMicroPython({
    heapsize: 16 * 1024 * 1024,
    pystack: 16 * 1024,
    stdout: data => chunks.push(Buffer.from(data)),
    linebuffer: false,
});

function copyTree(src, dst) {
    mp.FS.mkdir(dst);
    for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
        const from = path.join(src, entry.name);
        const to = dst + '/' + entry.name;
        if (entry.isDirectory()) {
            copyTree(from, to);
        } else if (entry.name.endsWith('.py')) {
            mp.FS.writeFile(to, fs.readFileSync(from));
        }
    }
}
copyTree(path.dirname(script), '/test');
mp.FS.chdir('/test');

let status = 0;
let error = '';
try {
    mp.runPython(fs.readFileSync(script, 'utf8'));
} catch (e) {
    error = (e && e.message ? e.message : String(e)) + '\n';
    status = 1;
}
process.stdout.write(Buffer.concat(chunks));
process.stderr.write(error);
process.exitCode = status;
