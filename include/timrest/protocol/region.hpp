#ifndef TIMREST_PROTOCOL_REGION_HPP_INCLUDED
#define TIMREST_PROTOCOL_REGION_HPP_INCLUDED

// Data-centre hosts. An app (SDKAppID) lives in one region; calling another region's host fails with
// 70016/70020. Backup hosts are for networks where the primary name is hijacked or unreachable.
// Spec §1.2; doc: https://www.tencentcloud.com/document/product/1047/34620

#include <string>
#include <string_view>

namespace timrest {

struct region {
    std::string_view name;  ///< the preset's name, as TIMREST_REGION takes it
    std::string_view host;
    std::string_view backup_host;

    std::string url() const { return "https://" + std::string(host); }
    std::string backup_url() const { return backup_host.empty() ? std::string() : "https://" + std::string(backup_host); }
};

namespace regions {
inline constexpr region china{"china", "console.tim.qq.com", "adminapi.my-imcloud.com"};
inline constexpr region singapore{"singapore", "adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"};
inline constexpr region seoul{"seoul", "adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"};
inline constexpr region tokyo{"tokyo", "adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"};
inline constexpr region frankfurt{"frankfurt", "adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"};
inline constexpr region mumbai{"mumbai", "adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"};
inline constexpr region silicon_valley{"silicon-valley", "adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"};
inline constexpr region jakarta{"jakarta", "adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"};

inline constexpr region all[] = {china, singapore, seoul, tokyo, frankfurt, mumbai, silicon_valley, jakarta};
}  // namespace regions

/// The preset called `name` ("singapore", "silicon-valley", ...), or nullptr.
constexpr const region* find_region(std::string_view name) noexcept {
    for (const auto& r : regions::all)
        if (r.name == name) return &r;
    return nullptr;
}

}  // namespace timrest

#endif
