// SPDX-License-Identifier: MIT
#include "dataexport.h"

#include "qtext.h"
#include "textsink.h"

#include "aex/core/numberformat.h"

#include <QBuffer>
#include <QFileInfo>

#include <cmath>
#include <cstdio>
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

std::string csvField(const QString& text)
{
    std::string s = text.toStdString(); // not const, so that `return s` moves
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

std::string jsonParams(const Core::Activation& a)
{
    std::string out = "{";
    bool first = true;
    for (std::size_t i : a.availableParams()) {
        const Core::ParamSpec& spec = a.function().params[i];
        out += first ? "\"" : ", \"";
        first = false;
        out += spec.name;
        out += "\": ";
        if (a.params().none[i])
            out += "null";
        else if (spec.kind == Core::ParamKind::Boolean)
            out += a.params().value[i] != 0 ? "true" : "false";
        else
            Core::appendJsonNumber(out, a.params().value[i], Core::DType::Float64);
    }
    return out + "}";
}

Core::Series sampled(const Widgets::Curve& curve, const DataRequest& request)
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
    for (const Widgets::Curve& curve : request.curves) {
        if (!curve.visible)
            continue;
        ++number;
        const Core::Activation& a = curve.activation;
        const std::string prefix = std::to_string(number) + ',' + csvField(curve.name) + ','
            + std::string(a.function().name) + ',' + std::string(Core::frameworkName(a.framework())) + ','
            + csvField(paramSpec(a)) + ',' + dtype + ',';
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
    for (const Widgets::Curve& curve : request.curves) {
        if (!curve.visible)
            continue;
        const Core::Activation& a = curve.activation;
        std::string text = first ? "\n        {\n" : ",\n        {\n";
        first = false;
        text += "            \"name\": " + jsonString(curve.name) + ",\n";
        text += R"(            "function": ")" + std::string(a.function().name) + "\",\n";
        text += R"(            "framework": ")" + std::string(Core::frameworkName(a.framework())) + "\",\n";
        text += "            \"params\": " + jsonParams(a) + ",\n";
        sink.write(text);
        const Core::Series s = sampled(curve, request);
        writeJsonArray(sink, "            ", "x", s.x, request.dtype, false);
        writeJsonArray(sink, "            ", "y", s.y, request.dtype, false);
        writeJsonArray(sink, "            ", "dy", s.dy, request.dtype, true);
        sink.write("        }");
    }
    sink.write(first ? "]\n}\n" : "\n    ]\n}\n");
}

} // namespace

std::optional<DataFormat> dataFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return DataFormat::Csv;
    if (suffix == u"json")
        return DataFormat::Json;
    return std::nullopt;
}

QString paramSpec(const Core::Activation& activation)
{
    QStringList parts;
    const Core::ParamValues& p = activation.params();
    for (std::size_t i : activation.availableParams()) {
        const Core::ParamSpec& spec = activation.function().params[i];
        QString value;
        if (p.none[i])
            value = u"none"_s;
        else if (spec.kind == Core::ParamKind::Boolean)
            value = p.value[i] != 0 ? u"true"_s : u"false"_s;
        else
            value = QString::fromStdString(Core::formatNumber(p.value[i]));
        parts << Model::toQString(spec.name) + u'=' + value;
    }
    return parts.join(u',');
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
        return writeCurveData(request, *format, &device) ? QString() : u"cannot be written (%1)"_s.arg(device.errorString());
    });
}

} // namespace App
