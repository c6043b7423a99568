#include "ascreport/vocab.hpp"

namespace ascreport {

AgeBands::AgeBands(std::vector<std::string> declared) : declared_(std::move(declared)) {
    if (declared_.empty()) return;
    views_.assign(declared_.begin(), declared_.end());
    vocab_ = Vocab{kAgeBandVocab.column, views_, kAgeBandVocab.empty_label};
}

AgeBands::AgeBands(const AgeBands& other) : AgeBands(other.declared_) {}

AgeBands& AgeBands::operator=(const AgeBands& other) {
    if (this != &other) *this = AgeBands(other);
    return *this;
}

// A vector's move hands over its elements where they are, so the views stay valid; the
// moved-from object is left with the contract's bands.
AgeBands::AgeBands(AgeBands&& other) noexcept
    : declared_(std::move(other.declared_)), views_(std::move(other.views_)), vocab_(other.vocab_) {
    other.declared_.clear();
    other.views_.clear();
    other.vocab_ = kAgeBandVocab;
}

AgeBands& AgeBands::operator=(AgeBands&& other) noexcept {
    if (this == &other) return *this;
    declared_ = std::move(other.declared_);
    views_ = std::move(other.views_);
    vocab_ = other.vocab_;
    other.declared_.clear();
    other.views_.clear();
    other.vocab_ = kAgeBandVocab;
    return *this;
}

}  // namespace ascreport
