// Builds the front-end files the app serves, into ../volunteers/static:
//
//   css/volunteers.min.css          src/volunteers.scss compiled (GOV.UK Frontend + ours)
//   js/govuk-frontend.min.js(.map)  copied from govuk-frontend's dist
//   css/ and js/ GOVUK-FRONTEND-LICENCE.txt  its MIT licence notice
//
// js/init.js and images/favicon.svg are hand-written and live in static/ directly.
// The build fails if the stylesheet refers to a url(...) that we do not serve.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = resolve(here, "..", "volunteers", "static");
const govukDist = join(here, "node_modules", "govuk-frontend", "dist", "govuk");
const govukVersion = JSON.parse(
  readFileSync(join(here, "node_modules", "govuk-frontend", "package.json"), "utf8"),
).version;

const licence = `GOV.UK Frontend ${govukVersion} (https://github.com/alphagov/govuk-frontend)
is included in css/volunteers.min.css (compiled from its Sass) and copied as
js/govuk-frontend.min.js. It is released under the MIT License:

The MIT License (MIT)

Copyright (C) 2017 Crown Copyright (Government Digital Service)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

The GDS Transport typeface, the crown and the GOV.UK logotype are not
included: they are for services on GOV.UK only.
`;

function write(relativePath, contents) {
  const target = join(staticDir, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
  console.log(`wrote ${relativePath}`);
}

function copy(source, relativePath) {
  const target = join(staticDir, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  console.log(`copied ${relativePath}`);
}

// Every url(...) in the stylesheet must point at a file we serve.
function checkUrls(css, cssPath) {
  const missing = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const url = match[2];
    if (url.startsWith("data:")) continue;
    if (/^([a-z]+:)?\/\//i.test(url) || url.startsWith("/")) {
      missing.push(`${url} (must be relative to the stylesheet)`);
      continue;
    }
    const file = resolve(dirname(cssPath), url.split(/[?#]/)[0]);
    if (!file.startsWith(staticDir) || !existsSync(file)) missing.push(url);
  }
  if (missing.length) {
    throw new Error(`The stylesheet refers to files we do not serve:\n  ${missing.join("\n  ")}`);
  }
}

const result = sass.compile(join(here, "src", "volunteers.scss"), {
  loadPaths: [join(here, "node_modules")],
  style: "compressed",
  sourceMap: false,
  // No BOM or @charset: the banner goes first, and a BOM after it would break
  // the first rule. Flask serves .css as UTF-8.
  charset: false,
  // GOV.UK Frontend's own deprecations are not ours to fix.
  quietDeps: true,
});
const banner = `/*! Volunteers. Includes GOV.UK Frontend ${govukVersion}, MIT licence: see GOVUK-FRONTEND-LICENCE.txt */\n`;
// GOV.UK Frontend hides some rules from old browsers with `screen\0`; dart-sass
// writes that NUL as U+FFFD. Put back the escape GOV.UK's own build ships.
const css = banner + result.css.replaceAll("\uFFFD", "\\0") + "\n";
checkUrls(css, join(staticDir, "css", "volunteers.min.css"));
write("css/volunteers.min.css", css);
write("css/GOVUK-FRONTEND-LICENCE.txt", licence);

copy(join(govukDist, "govuk-frontend.min.js"), "js/govuk-frontend.min.js");
copy(join(govukDist, "govuk-frontend.min.js.map"), "js/govuk-frontend.min.js.map");
write("js/GOVUK-FRONTEND-LICENCE.txt", licence);
