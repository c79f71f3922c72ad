// SPDX-License-Identifier: MIT
#include "commandlineoptions.h"
#include "commandline.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const char* const kHelpEpilogue = R"(
Curves: a session FILE.json, or --function with --framework and --param (one
curve), or --curve SPEC (repeatable; SPEC is FUNCTION[:FRAMEWORK][:NAME=VALUE,...],
NAME=VALUE as --param reads it), or --example ID. FRAMEWORK defaults to keras.

What happens:
  --list                   prints the catalogue.
  --function with --eval   prints x,y,dy (CSV) at those points; with --domain
                           (and nothing for the window) it prints the samples;
                           --output FILE.csv|FILE.json writes them instead.
  --stats, --depth L       print what the curves do to a distribution of inputs
                           (--input), and through L layers of a wide random
                           network (--init); --output FILE.csv writes it instead.
  --compare SPEC SPEC      says where two curves differ, proved over the domain
                           where it can be; exit 0 when identical, 1 when not.
  --compare-frameworks FN  prints FN in every framework: keywords, defaults,
                           kinks, signed zeros, infinities, NaN, layer errors.
  --code FW                prints the curve of --function (or one --curve) as
                           Python for keras, tf_keras or pytorch: what the
                           window copies; a composition of ops where FW has
                           no such layer, with "# differs:" lines saying
                           where PyTorch code gives other answers.
  --train SPEC             trains a small network whose hidden units are SPEC
                           (--task, --hidden, --optimizer, --lr, --batch,
                           --steps, --seed): one row per step, or --output
                           FILE; --export FIGURE draws the learning lab's plots.
  --export, --screenshot   write a figure or the window as a picture and exit.
  otherwise                opens the window, showing the curves.

Output: CSV has the header x,y,dy, then d_<param> for each trainable parameter
(prelu: d_alpha), one row per point. Every number is the shortest text that
reads back to the same value (in float32: the same float32); NaN, infinities
and negative zero are written nan, inf, -inf and -0, and --eval accepts the
same spellings. JSON is {"function", "framework", "params", "dtype", "x": [...],
"y": [...], "dy": [...]} plus "d_<param>": [...]; as Python's json.dump does,
NaN and infinities are NaN, Infinity and -Infinity.

Statistics: --stats prints the rows dead_fraction (P(f'(x) = 0)), mean,
variance and second_moment of f(x), grad_mean and grad_second_moment of f'(x),
gain (sqrt(E[x^2] / E[f(x)^2])) and pytorch_gain (torch.nn.init.calculate_gain;
an empty value where PyTorch has none). With --function the header is
quantity,value; with --curve (repeatable) it is curve,quantity,value, the curve
being the --curve text (in double quotes when it holds a comma). --input takes
normal:MU,SIGMA (default normal:0,1), uniform:A,B, laplace:MU,B, or data:FILE:
one number per line, or the first numeric column of a CSV (a header line, blank
lines and # comments are skipped), at most 10000000 numbers. The integrals are
exact to about 1e-12, with no sampling; over data:FILE they are exact sums.

Depth: --depth L prints layer,q,chi,chi_product (curve,layer,... with --curve)
for layers 0 to L (at most 200): q(l+1) = sw^2 E[f(sqrt(q(l)) z)^2] + sb^2 with
z ~ N(0, 1), chi(l) = sw^2 E[f'(sqrt(q(l)) z)^2], and q(0) = E[x^2] of --input.
--init sets sw^2 and sb^2: he (2, or 2 / (1 + slope^2) for leaky functions; the
default), lecun (1), glorot (1, equal fans), pytorch (nn.Linear's default, 1/3),
keras (Dense's glorot_uniform, 1) or custom:SW,SB (standard deviations).

Figures: --size is in logical pixels (100 to 10000 each way); PNG and JPEG have
size x scale pixels at 96 x scale dpi (a JPEG at most 65500 a side), SVG and PDF
are vector pages of size/96 inches. Curves x samples is at most 10000000 points.

Parameter values a framework's layer rejects (keras ReLU with threshold=-1, say)
are still computed, as the framework's function form does, with the layer's
error text as a warning on stderr; --strict makes them errors.

Exit status: 0 on success; 2 on bad input (one line on stderr, nothing on
stdout, no file created or changed); 1 when writing fails (a full disk), there
is no display for the window, or memory runs out. Files are replaced whole or
not at all, and only regular files: never a device, a FIFO or a directory.

Examples:
  activation-explorer --list --framework pytorch
  activation-explorer --function relu --framework tf_keras --param threshold=2.5 --eval=-5,-1.5,2.5,3
  activation-explorer --function gelu --param approximate=true --domain=-5:5 --output gelu.json
  activation-explorer --function relu --stats --input normal:0,1
  activation-explorer --curve relu --curve selu --depth 100 --init lecun --output depth.csv
  activation-explorer --function relu --param threshold=2 --export relu.png
  activation-explorer --curve relu:tf_keras --curve leaky_relu:tf_keras:alpha=0.1 --export relu.svg
  activation-explorer session.json --export figure.png --size 1200x800 --scale 2 --theme dark
  activation-explorer --compare relu:keras:negative_slope=0.5 leaky_relu:keras:alpha=0.5
  activation-explorer --code pytorch --function relu --param max_value=6 --param threshold=0.5
  activation-explorer --train prelu:keras --task teacher:0.6 --steps 1500 --export lab.png
)";

} // namespace

QString optionNames(const Options& o)
{
    QStringList names{u"FILE.json"_s};
    for (const QCommandLineOption& option : o.all())
        names << u"--"_s + option.names().constFirst();
    names << u"--help"_s << u"--version"_s;
    return names.join(u", "_s);
}

void setUp(QCommandLineParser& parser, const Options& o)
{
    parser.setApplicationDescription(
        u"Activation Explorer: neural-network activation functions exactly as Keras 3, tf.keras 2 and PyTorch "
        u"compute them."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE.json"_s, u"A session file to show."_s, u"[FILE.json]"_s);
    parser.addOptions(o.all());
}

QString helpText()
{
    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    return parser.helpText() + QString::fromUtf8(kHelpEpilogue);
}

} // namespace App
