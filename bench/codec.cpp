// Benchmarks of the generic machinery against hand-written baselines, measured in the same run. The machines
// are shared and noisy, so what matters is the ratio printed at the end, not the absolute times.
//
//   cmake --preset dev -DTIMREST_BUILD_BENCHMARKS=ON && cmake --build --preset dev --target timrest_bench
//   build/dev/bench/timrest_bench
//
// Each pair is named <case>/baseline and <case>/timrest; the summary prints timrest / baseline.

#include "timrest.hpp"
#include "timrest/transport/fake.hpp"

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include <iostream>
#include <map>
#include <string>

namespace {

using namespace timrest;
using namespace timrest::recentcontact;

// --- encode a request --------------------------------------------------------------------------------------

void encode_baseline(benchmark::State& state) {
    const std::string from = "alice", name = "work";
    for (auto _ : state) {
        boost::json::object o;
        o["From_Account"] = from;
        o["GroupName"] = boost::json::array{boost::json::string(name)};
        benchmark::DoNotOptimize(boost::json::serialize(o));
    }
}
BENCHMARK(encode_baseline)->Name("encode_del_contact_group/baseline");

void encode_timrest(benchmark::State& state) {
    const std::string from = "alice", name = "work";
    for (auto _ : state) {
        del_contact_group_request r{.From_Account = from, .GroupName = {name}};
        benchmark::DoNotOptimize(validate(r));
        benchmark::DoNotOptimize(to_json_string(r));
    }
}
BENCHMARK(encode_timrest)->Name("encode_del_contact_group/timrest");

// --- decode a response ----------------------------------------------------------------------------------------

const std::string create_reply =
    R"({"GroupResultItem":[{"GroupItem":{"GroupName":"work","GroupId":3},"ResultItem":[)"
    R"({"ContactItem":{"Type":1,"To_Account":"bob"},"ResultCode":0,"ResultInfo":""},)"
    R"({"ContactItem":{"Type":2,"ToGroupId":"@TGS#2ABCDEF"},"ResultCode":0,"ResultInfo":""}]}],)"
    R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

struct plain_contact {
    int type = 0;
    std::string to_account, to_group;
    int code = 0;
    std::string info;
};

void decode_baseline(benchmark::State& state) {
    for (auto _ : state) {
        auto v = boost::json::parse(create_reply);
        std::vector<plain_contact> out;
        for (const auto& g : v.at("GroupResultItem").as_array()) {
            for (const auto& item : g.at("ResultItem").as_array()) {
                const auto& c = item.at("ContactItem").as_object();
                plain_contact p;
                p.type = static_cast<int>(c.at("Type").as_int64());
                if (auto a = c.if_contains("To_Account")) p.to_account = a->as_string();
                if (auto a = c.if_contains("ToGroupId")) p.to_group = a->as_string();
                p.code = static_cast<int>(item.at("ResultCode").as_int64());
                p.info = item.at("ResultInfo").as_string();
                out.push_back(std::move(p));
            }
        }
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(decode_baseline)->Name("decode_create_contact_group/baseline");

void decode_timrest(benchmark::State& state) {
    for (auto _ : state) {
        auto v = boost::json::parse(create_reply);
        auto r = blank<create_contact_group_response>();
        benchmark::DoNotOptimize(from_json(v, r));
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(decode_timrest)->Name("decode_create_contact_group/timrest");

// --- a whole call over an in-memory transport ----------------------------------------------------------------

client make_client() {
    config c;
    c.sdkappid = 1400000000;
    c.secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    c.base_url = "http://127.0.0.1:1";
    return client(c, std::make_shared<fake_transport>(fake_transport::always(
                         R"({"GroupItem":[{"GroupName":"work","GroupId":1}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})")));
}

// The raw layer: sign (cached), number, build the URL, send, parse the envelope.
void call_baseline(benchmark::State& state) {
    auto chat = make_client();
    for (auto _ : state) benchmark::DoNotOptimize(chat.post(del_contact_group::path, R"({"From_Account":"alice","GroupName":["work"]})"));
}
BENCHMARK(call_baseline)->Name("call_del_contact_group/baseline");

// The typed layer on top: validate, encode, decode the response, map errors.
void call_timrest(benchmark::State& state) {
    auto chat = make_client();
    for (auto _ : state)
        benchmark::DoNotOptimize(try_call<del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}}));
}
BENCHMARK(call_timrest)->Name("call_del_contact_group/timrest");

// Prints each pair's ratio after the usual table.
class ratio_reporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& r : runs)
            if (!r.error_occurred && r.iterations > 0) times_[r.benchmark_name()] = r.GetAdjustedCPUTime();
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        std::cout << "\nratio timrest / baseline (CPU time, same run):\n";
        for (const auto& [name, t] : times_) {
            const auto slash = name.rfind("/timrest");
            if (slash == std::string::npos) continue;
            const auto base = times_.find(name.substr(0, slash) + "/baseline");
            if (base == times_.end() || base->second <= 0) continue;
            std::cout << "  " << name.substr(0, slash) << ": " << t / base->second << "\n";
        }
    }

private:
    std::map<std::string, double> times_;
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
}
