// The config of a test's Syncthing daemon: what keeps it on loopback and off the internet.

/**
 * The generated config with its network turned inward: both listeners on loopback, nothing that
 * announces, relays, maps ports or phones home. Every element must be found, so a Syncthing whose
 * config says these things differently fails here rather than reaching out.
 */
export function loopbackOnlyConfig(xml: string, name: string, guiPort: number, listenPort: number, apiKey: string) {
  const options: Array<[string, string]> = [
    ['listenAddress', `tcp://127.0.0.1:${listenPort}`],
    ['globalAnnounceEnabled', 'false'],
    ['localAnnounceEnabled', 'false'],
    ['relaysEnabled', 'false'],
    ['natEnabled', 'false'],
    ['stunKeepaliveStartS', '0'],
    ['stunKeepaliveMinS', '0'],
    ['urAccepted', '-1'],
    ['crashReportingEnabled', 'false'],
    ['autoUpgradeIntervalH', '0'],
    ['startBrowser', 'false'],
    // Two daemons paused and resumed dial each other again within a second, not at Syncthing's 60 s default, which
    // could outlast the wait for them to meet again.
    ['reconnectionIntervalS', '1'],
  ];
  const gui: Array<[string, string]> = [
    ['address', `127.0.0.1:${guiPort}`],
    ['apikey', apiKey],
  ];
  const named = xml.replace(/(<device id="[A-Z0-9-]+" name=")[^"]*(")/, `$1${name}$2`);
  return setInSection(setInSection(named, 'options', options), 'gui', gui);
}

/** Sets elements inside the first <section …>…</section>; each must be there. */
function setInSection(xml: string, section: string, settings: Array<[string, string]>): string {
  const match = new RegExp(`<${section}[ >][\\s\\S]*?</${section}>`).exec(xml);
  if (!match) throw new Error(`Syncthing config has no <${section}>: cannot keep it on loopback`);
  let body = match[0];
  for (const [element, value] of settings) {
    const pattern = new RegExp(`<${element}>[^<]*</${element}>`);
    if (!pattern.test(body)) throw new Error(`Syncthing config has no <${element}>: cannot keep it on loopback`);
    body = body.replace(pattern, `<${element}>${value}</${element}>`);
  }
  return xml.slice(0, match.index) + body + xml.slice(match.index + match[0].length);
}
