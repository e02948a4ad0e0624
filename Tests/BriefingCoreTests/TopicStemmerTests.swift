import Testing
@testable import BriefingCore
