// SPDX-License-Identifier: MIT
#include "serieswriter.h"

#include "qtext.h"
#include "textsink.h"

#include "aex/core/numberformat.h"
#include "aex/core/paramtext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>
#include <span>
#include <string>

using namespace Qt::StringLiterals;

namespace App {

namespace {

std::string jsonString(const QString& text)
{
    std::string out = "\"";
    for (const char c : text.toStdString()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + '"';
}

Core::Series sampled(const Model::Curve& curve, const DataRequest& request)
{
    return Core::sample(
        curve.activation, request.domain, request.dtype, {.breakpoints = false, .derivativeParams = false});
}

void writeCsv(TextSink& sink, const DataRequest& request)
{
    sink.write("curve,name,function,framework,params,dtype,x,y,dy\n");
    const std::string dtype(Core::dtypeName(request.dtype));
    int number = 0;
    std::string line;
    for (const Model::Curve& curve : request.curves) {
        if (!curve.visible)
            continue;
        ++number;
        const Core::Activation& a = curve.activation;
        const std::string prefix = std::to_string(number) + ',' + csvField(curve.name.toStdString()) + ','
            + std::string(a.function().name) + ',' + std::string(Core::frameworkName(a.framework())) + ','
            + csvField(Core::formatParams(a, Core::ParamStyle::CommandLine)) + ',' + dtype + ',';
        const Core::Series s = sampled(curve, request);
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            line = prefix;
            Core::appendNumber(line, s.x[i], request.dtype);
            line += ',';
            Core::appendNumber(line, s.y[i], request.dtype);
            line += ',';
            Core::appendNumber(line, s.dy[i], request.dtype);
            line += '\n';
            sink.write(line);
        }
    }
}

void writeJson(TextSink& sink, const DataRequest& request)
{
    std::string head = "{\n    \"format\": \"activation-explorer-data\",\n    \"version\": 1,\n";
    head += R"(    "dtype": ")" + std::string(Core::dtypeName(request.dtype)) + "\",\n";
    head += R"(    "domain": {"min": )";
    Core::appendJsonNumber(head, request.domain.min, Core::DType::Float64);
    head += ", \"max\": ";
    Core::appendJsonNumber(head, request.domain.max, Core::DType::Float64);
    head += ", \"samples\": " + std::to_string(request.domain.samples) + "},\n    \"curves\": [";
    sink.write(head);
    bool first = true;
    for (const Model::Curve& curve : request.curves) {
        if (!curve.visible)
            continue;
        const Core::Activation& a = curve.activation;
        std::string text = first ? "\n        {\n" : ",\n        {\n";
        first = false;
        text += "            \"name\": " + jsonString(curve.name) + ",\n";
        text += R"(            "function": ")" + std::string(a.function().name) + "\",\n";
        text += R"(            "framework": ")" + std::string(Core::frameworkName(a.framework())) + "\",\n";
        text += "            \"params\": " + Core::formatParams(a, Core::ParamStyle::Json) + ",\n";
        sink.write(text);
        const Core::Series s = sampled(curve, request);
        writeJsonArray(sink, "            ", "x", s.x, request.dtype, false);
        writeJsonArray(sink, "            ", "y", s.y, request.dtype, false);
        writeJsonArray(sink, "            ", "dy", s.dy, request.dtype, true);
        sink.write("        }");
    }
    sink.write(first ? "]\n}\n" : "\n    ]\n}\n");
}

void writeSamplesCsv(TextSink& writer, const CurveSamples& table, Core::DType dtype)
{
    const Core::Series& s = table.series;
    std::string line = "x,y,dy";
    for (const std::string& name : table.dparamNames)
        line += ",d_" + name;
    line += '\n';
    writer.write(line);

    const std::size_t n = s.x.size();
    for (std::size_t i = 0; i < n; ++i) {
        line.clear();
        Core::appendNumber(line, s.x[i], dtype);
        line += ',';
        Core::appendNumber(line, s.y[i], dtype);
        line += ',';
        Core::appendNumber(line, s.dy[i], dtype);
        for (std::size_t p = 0; p < table.dparamNames.size(); ++p) {
            line += ',';
            Core::appendNumber(line, s.dparam[p * n + i], dtype);
        }
        line += '\n';
        writer.write(line);
    }
}

// The layout of the Python activation dumps (seed 001), with the function, framework,
// parameters and dtype made explicit. Arrays stay on one line each: with json.dump's indent=4
// layout a 10^7-point export would be a third larger.
void writeSamplesJson(TextSink& writer, const CurveSamples& table, Core::DType dtype)
{
    const Core::Activation& activation = *table.activation;
    std::string head = "{\n    \"function\": \"" + std::string(activation.function().name) + "\",\n";
    head += R"(    "framework": ")" + std::string(Core::frameworkName(activation.framework())) + "\",\n";
    head += "    \"params\": " + Core::formatParams(activation, Core::ParamStyle::Json) + ",\n";
    head += R"(    "dtype": ")" + std::string(Core::dtypeName(dtype)) + "\",\n";
    writer.write(head);

    const Core::Series& s = table.series;
    const std::size_t n = s.x.size();
    const bool hasDparam = !table.dparamNames.empty();
    writeJsonArray(writer, "    ", "x", s.x, dtype, false);
    writeJsonArray(writer, "    ", "y", s.y, dtype, false);
    writeJsonArray(writer, "    ", "dy", s.dy, dtype, !hasDparam);
    for (std::size_t p = 0; p < table.dparamNames.size(); ++p)
        writeJsonArray(writer, "    ", "d_" + table.dparamNames[p], std::span<const double>(s.dparam).subspan(p * n, n),
            dtype, p + 1 == table.dparamNames.size());
    writer.write("}\n");
}

} // namespace

bool writeCurveSamples(TextSink& sink, const CurveSamples& samples, Core::DType dtype, DataFormat format)
{
    if (format == DataFormat::Json)
        writeSamplesJson(sink, samples, dtype);
    else
        writeSamplesCsv(sink, samples, dtype);
    return sink.flush();
}

std::optional<DataFormat> dataFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return DataFormat::Csv;
    if (suffix == u"json")
        return DataFormat::Json;
    return std::nullopt;
}

bool writeCurveData(const DataRequest& request, DataFormat format, QIODevice* device)
{
    Core::validate(request.domain);
    TextSink sink(device);
    if (format == DataFormat::Json)
        writeJson(sink, request);
    else
        writeCsv(sink, request);
    return sink.flush();
}

QByteArray curveData(const DataRequest& request, DataFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeCurveData(request, format, &buffer);
    return bytes;
}

Model::FileError writeCurveData(const DataRequest& request, const QString& path)
{
    const std::optional<DataFormat> format = dataFormatForPath(path);
    if (!format)
        return {Model::FileError::Kind::BadInput, u"unknown file type; accepted: .csv or .json"_s};
    try {
        Core::validate(request.domain);
    } catch (const Core::InputError& e) {
        return {Model::FileError::Kind::BadInput, QString::fromUtf8(e.what())};
    }
    return Model::writeFile(path, [&](QIODevice& device) {
        return writeCurveData(request, *format, &device) ? QString()
                                                         : u"cannot be written (%1)"_s.arg(device.errorString());
    });
}

std::string csvField(std::string s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace App
